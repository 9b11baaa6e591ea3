namespace Omigjen.Web.Data;

public static class DemoData
{
    /// <summary>The demo initiatives: real names from the research report, illustrative addresses and hours.</summary>
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Data", "Demo", "initiatives.json");
}
