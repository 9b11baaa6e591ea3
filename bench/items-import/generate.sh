#!/usr/bin/env bash
# Writes an item spreadsheet (CSV, ";", UTF-8 with BOM, Norwegian headers) of N rows: generate.sh N FILE
set -euo pipefail
rows=${1:?rows}; file=${2:?file}
printf '\xEF\xBB\xBF' >"$file"
awk -v rows="$rows" 'BEGIN {
  split("Barnesykkel|Herresykkel|Damesykkel|Vinterjakke|Regnjakke|Joggesko|Spisebord|Spisestol|Bokhylle|Kommode|Drill|Skiftenøkkel|Gressklipper|Langrennski|Slalåmstøvler|Kaffetrakter|Kokebok|Krimroman|Legoeske|Brettspill|Barnevogn|Bilstol|Lenestol|Sofa|Lampe", things, "|")
  split("blå|rød|grønn|svart|hvit|grå|brun|gul", colours, "|")
  split("sykler|sykler|sykler|Klær og sko|clothes-shoes|clothes-shoes|møbler|møbler|møbler|møbler|verktøy|verktøy|tools-garden|sport|sport|home-kitchen|bøker|bøker|leker|toys-games|children|children|møbler|furniture|home-kitchen", cats, "|")
  split("ny|som ny|pent brukt|brukt|må repareres", conditions, "|")
  split("S|M|L|XL|38|40|42|98|110|20 tommer", sizes, "|")
  split("DBS|Bergans|IKEA|Makita|Bosch|Madshus|Salomon|Moccamaster|LEGO|Emmaljunga", brands, "|")
  print "ekstern_id;tittel;beskrivelse;kategori;tilstand;pris;antall;størrelse;merke"
  srand(5)
  for (i = 1; i <= rows; i++) {
    t = 1 + int(rand() * 25); c = 1 + int(rand() * 8)
    printf "bench-%07d;%s %s;Pent brukt %s %s, hentes i butikken. Sjekket og rengjort, fin stand.;%s;%s;%d;%d;%s;%s\n",
      i, things[t], colours[c], colours[c], tolower(things[t]), cats[t], conditions[1 + int(rand() * 5)],
      int(rand() * 2000), 1 + int(rand() * 3), sizes[1 + int(rand() * 10)], brands[1 + int(rand() * 10)]
  }
}' >>"$file"
