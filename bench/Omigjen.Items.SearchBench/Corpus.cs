using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;

namespace Omigjen.Items.SearchBench;

/// <summary>Grammatical gender (and plural-only nouns), for the adjective form in a title.</summary>
internal enum Gender { Common, Neuter, Plural }

internal sealed record Noun(string Word, Gender Gender, GoodsCategory Category, string? Subcategory, int MinPrice, int MaxPrice);

internal sealed record Adjective(string Common, string Neuter, string Plural)
{
    public string For(Gender gender) => gender switch { Gender.Neuter => Neuter, Gender.Plural => Plural, _ => Common };
}

/// <summary>The word lists items are built from: about 170 nouns (many of them compounds) with categories and price ranges.</summary>
internal static class Corpus
{
    private const Gender M = Gender.Common, N = Gender.Neuter, P = Gender.Plural;

    public static readonly Noun[] Nouns =
    [
        .. Of(GoodsCategory.Bikes, "sykler", 300, 6000,
            ("sykkel", M), ("barnesykkel", M), ("bysykkel", M), ("terrengsykkel", M), ("elsykkel", M), ("racersykkel", M),
            ("sparkesykkel", M), ("sykkelhjelm", M), ("sykkelvogn", M), ("sykkelsete", N), ("sykkellås", M), ("sykkelpumpe", M),
            ("balansesykkel", M), ("tandemsykkel", M)),
        .. Of(GoodsCategory.Children, "barneutstyr", 50, 2500,
            ("barnevogn", M), ("bilsete", N), ("babyseng", M), ("stellebord", N), ("barnestol", M), ("bæresele", M),
            ("babycall", M), ("sportsvogn", M), ("lekegrind", M), ("flyverdress", M), ("regndress", M), ("babymatte", M)),
        .. Of(GoodsCategory.ClothesShoes, "klær", 30, 1500,
            ("jakke", M), ("vinterjakke", M), ("regnjakke", M), ("skalljakke", M), ("dunjakke", M), ("bukse", M),
            ("regnbukse", M), ("kjole", M), ("genser", M), ("ullgenser", M), ("skjorte", M), ("bluse", M), ("skjørt", N),
            ("dress", M), ("joggesko", P), ("vintersko", P), ("støvler", P), ("gummistøvler", P), ("sandaler", P),
            ("lue", M), ("votter", P), ("skjerf", N), ("vest", M), ("hettegenser", M), ("dongeribukse", M), ("ullundertøy", N)),
        .. Of(GoodsCategory.SportsOutdoors, "sport og friluft", 50, 4000,
            ("ski", P), ("langrennski", P), ("slalåmski", P), ("skistaver", P), ("skisko", P), ("skøyter", P),
            ("snowboard", N), ("telt", N), ("sovepose", M), ("ryggsekk", M), ("fotball", M), ("tennisracket", M),
            ("golfkøller", P), ("treningsbenk", M), ("manualer", P), ("kajakk", M), ("padlebrett", N), ("fiskestang", M),
            ("hodelykt", M), ("akebrett", N)),
        .. Of(GoodsCategory.Furniture, "møbler", 100, 5000,
            ("sofa", M), ("stol", M), ("spisestol", M), ("kontorstol", M), ("lenestol", M), ("bord", N), ("spisebord", N),
            ("salongbord", N), ("skrivebord", N), ("nattbord", N), ("seng", M), ("køyeseng", M), ("kommode", M),
            ("bokhylle", M), ("hylle", M), ("garderobeskap", N), ("skap", N), ("speil", N), ("lampe", M), ("taklampe", M),
            ("gulvlampe", M), ("teppe", N), ("gardiner", P)),
        .. Of(GoodsCategory.HomeKitchen, "kjøkken og hjem", 20, 1200,
            ("kaffetrakter", M), ("vannkoker", M), ("stekepanne", M), ("kjele", M), ("gryte", M), ("servise", N),
            ("tallerkener", P), ("vinglass", P), ("kopper", P), ("bestikk", N), ("brødrister", M), ("kjøkkenmaskin", M),
            ("blender", M), ("vaffeljern", N), ("kjøkkenvekt", M), ("dyne", M), ("pute", M), ("sengetøy", N),
            ("håndklær", P), ("vase", M)),
        .. Of(GoodsCategory.Electronics, "elektronikk", 100, 5000,
            ("mobiltelefon", M), ("nettbrett", N), ("laptop", M), ("skjerm", M), ("tastatur", N), ("høyttaler", M),
            ("hodetelefoner", P), ("radio", M), ("tv", M), ("kamera", N), ("spillkonsoll", M), ("skriver", M), ("lader", M),
            ("platespiller", M), ("forsterker", M), ("mikrobølgeovn", M), ("støvsuger", M), ("robotstøvsuger", M)),
        .. Of(GoodsCategory.BooksMedia, "bøker og media", 10, 300,
            ("bok", M), ("kokebok", M), ("barnebok", M), ("roman", M), ("tegneserie", M), ("lydbok", M), ("ordbok", M),
            ("atlas", N), ("kartbok", M), ("vinylplate", M), ("dvd", M), ("noter", P), ("leksikon", N), ("fagbok", M)),
        .. Of(GoodsCategory.ToysGames, "leker og spill", 10, 800,
            ("legoklosser", P), ("dukke", M), ("dukkehus", N), ("bamse", M), ("puslespill", N), ("brettspill", N),
            ("leketog", N), ("lekebil", M), ("byggeklosser", P), ("kortspill", N), ("dukkevogn", M), ("gyngehest", M),
            ("trehjulssykkel", M), ("modellbil", M)),
        .. Of(GoodsCategory.BuildingMaterials, "byggevarer", 50, 3000,
            ("dør", M), ("vindu", N), ("ytterdør", M), ("fliser", P), ("parkett", M), ("laminat", N), ("gipsplater", P),
            ("takrenne", M), ("servant", M), ("kjøkkenbenk", M), ("benkeplate", M), ("radiator", M), ("maling", M)),
        .. Of(GoodsCategory.ToolsGarden, "verktøy og hage", 50, 3000,
            ("boremaskin", M), ("drill", M), ("slagdrill", M), ("sag", M), ("stikksag", M), ("sirkelsag", M), ("hammer", M),
            ("skrutrekker", M), ("verktøykasse", M), ("stige", M), ("gressklipper", M), ("trillebår", M), ("hagestol", M),
            ("hageslange", M), ("spade", M), ("rake", M), ("løvblåser", M), ("høytrykksspyler", M), ("snøfreser", M),
            ("snøskuffe", M), ("grill", M), ("hagebord", N)),
        .. Of(GoodsCategory.HobbyCrafts, "hobby", 20, 4000,
            ("symaskin", M), ("garn", N), ("strikkepinner", P), ("staffeli", N), ("akvarellmaling", M), ("perler", P),
            ("stoff", N), ("vevstol", M), ("gitar", M), ("piano", N), ("keyboard", N), ("fiolin", M)),
        .. Of(GoodsCategory.Other, "annet", 20, 800,
            ("koffert", M), ("paraply", M), ("klokke", M), ("smykkeskrin", N), ("veske", M), ("håndveske", M),
            ("lommebok", M), ("solbriller", P)),
    ];

    public static readonly Adjective[] Adjectives =
    [
        new("rød", "rødt", "røde"), new("blå", "blått", "blå"), new("svart", "svart", "svarte"), new("hvit", "hvitt", "hvite"),
        new("grønn", "grønt", "grønne"), new("grå", "grått", "grå"), new("brun", "brunt", "brune"), new("gul", "gult", "gule"),
        new("rosa", "rosa", "rosa"), new("stor", "stort", "store"), new("liten", "lite", "små"), new("pen", "pent", "pene"),
        new("fin", "fint", "fine"), new("ny", "nytt", "nye"), new("gammel", "gammelt", "gamle"), new("lett", "lett", "lette"),
        new("solid", "solid", "solide"), new("varm", "varmt", "varme"), new("nesten ny", "nesten nytt", "nesten nye"),
        new("lite brukt", "lite brukt", "lite brukte"), new("retro", "retro", "retro"), new("praktisk", "praktisk", "praktiske"),
    ];

    public static readonly string[] Colours = ["rød", "blå", "svart", "hvit", "grønn", "grå", "brun", "gul", "rosa", "beige", "oransje", "lilla"];

    public static readonly Dictionary<GoodsCategory, string[]> Brands = new()
    {
        [GoodsCategory.Bikes] = ["DBS", "Trek", "Specialized", "Merida", "Scott", "Kalkhoff", "Cube", "Nakamura"],
        [GoodsCategory.Children] = ["Stokke", "Emmaljunga", "BeSafe", "Britax", "Reima", "Didriksons"],
        [GoodsCategory.ClothesShoes] = ["Bergans", "Norrøna", "Helly Hansen", "Swix", "Reima", "Kari Traa", "Devold", "Lindex", "Viking"],
        [GoodsCategory.SportsOutdoors] = ["Madshus", "Fischer", "Atomic", "Rossignol", "Fjällräven", "Osprey", "Swix", "Åsnes"],
        [GoodsCategory.Furniture] = ["IKEA", "Ekornes", "Hove", "Stokke", "Bolia", "Skeidar"],
        [GoodsCategory.HomeKitchen] = ["Moccamaster", "KitchenAid", "Figgjo", "Porsgrund", "Hadeland", "OBH Nordica"],
        [GoodsCategory.Electronics] = ["Samsung", "Apple", "Sony", "Philips", "Bose", "Lenovo", "Canon", "Nintendo"],
        [GoodsCategory.BooksMedia] = ["Cappelen Damm", "Gyldendal", "Aschehoug", "Egmont"],
        [GoodsCategory.ToysGames] = ["LEGO", "Brio", "Playmobil", "Ravensburger", "Hasbro"],
        [GoodsCategory.BuildingMaterials] = ["Jotun", "Gyproc", "Boen", "Nordsjø"],
        [GoodsCategory.ToolsGarden] = ["Bosch", "Makita", "DeWalt", "Ryobi", "Husqvarna", "Stihl", "Weber", "Fiskars"],
        [GoodsCategory.HobbyCrafts] = ["Singer", "Husqvarna", "Yamaha", "Sandnes Garn", "Dale Garn"],
        [GoodsCategory.Other] = ["Samsonite", "Rains", "Fossil"],
    };

    public static readonly string[] ClothesSizes = ["str 86", "str 92", "str 104", "str 116", "str 128", "str 140", "str 152", "str 164", "S", "M", "L", "XL"];
    public static readonly string[] ShoeSizes = ["str 24", "str 28", "str 31", "str 34", "str 37", "str 39", "str 41", "str 43", "str 45"];
    public static readonly string[] WheelSizes = ["12\"", "16\"", "20\"", "24\"", "26\"", "28\""];

    public static readonly string[] Sentences =
    [
        "Pent brukt og i god stand.", "Lite brukt, fungerer som den skal.", "Hentes i butikken.", "Noe slitasje, se bildet.",
        "Vasket og klar til bruk.", "Røykfritt og dyrefritt hjem.", "Kan repareres av en som er handy.", "Fin til hytta.",
        "Sjekket og reparert i verkstedet vårt.", "Selges samlet.", "Perfekt for studenten.", "Passer for barn fra seks år.",
        "Gitt til oss av en nabo i Asker.", "Originalemballasje følger med.", "Mangler en skrue, ellers komplett.",
        "Et godt kjøp for den som vil handle brukt.", "Rengjort og testet.", "Noen riper, men ingenting som påvirker bruken.",
        "Egner seg godt til barnehagen.", "Lagret tørt på loftet.",
    ];

    public static readonly ItemCondition[] Conditions =
        [ItemCondition.New, ItemCondition.AsNew, ItemCondition.GentlyUsed, ItemCondition.GentlyUsed, ItemCondition.Used, ItemCondition.Used, ItemCondition.NeedsRepair];

    private static IEnumerable<Noun> Of(GoodsCategory category, string subcategory, int min, int max, params (string Word, Gender Gender)[] words) =>
        words.Select(w => new Noun(w.Word, w.Gender, category, subcategory, min, max));
}
