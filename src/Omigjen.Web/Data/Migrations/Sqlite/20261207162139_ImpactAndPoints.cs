using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Omigjen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImpactAndPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "WeightKg",
                table: "LendingTypes",
                type: "TEXT",
                precision: 10,
                scale: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "WeightKg",
                table: "Items",
                type: "TEXT",
                precision: 10,
                scale: 3,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FactorSets",
                columns: table => new
                {
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactorSets", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "ImpactPublications",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactPublications", x => x.InitiativeId);
                    table.ForeignKey(
                        name: "FK_ImpactPublications_AspNetUsers_PublishedBy",
                        column: x => x.PublishedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ImpactPublications_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PointsAccounts",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Redemptions = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsAccounts", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_PointsAccounts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PointsCodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClaimedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsCodes", x => x.Id);
                    table.CheckConstraint("CK_PointsCodes_Points", "\"Points\" >= 0");
                    table.ForeignKey(
                        name: "FK_PointsCodes_AspNetUsers_ClaimedByUserId",
                        column: x => x.ClaimedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PointsCodes_AspNetUsers_IssuedByUserId",
                        column: x => x.IssuedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PointsCodes_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PointsCounters",
                columns: table => new
                {
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsCounters", x => new { x.Scope, x.Key, x.Period });
                    table.CheckConstraint("CK_PointsCounters_Total", "\"Total\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "PointsEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsEntries", x => x.Id);
                    table.CheckConstraint("CK_PointsEntries_Sign", "(\"Kind\" = 'Credit' AND \"Points\" > 0) OR (\"Kind\" = 'Redemption' AND \"Points\" < 0)");
                    table.ForeignKey(
                        name: "FK_PointsEntries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PointsEntries_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PointsIssuers",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsIssuers", x => x.InitiativeId);
                    table.ForeignKey(
                        name: "FK_PointsIssuers_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PointsRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    BuyingUsedPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    LoanPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    RepairPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    HandInPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentDailyCap = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentMonthlyCap = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuerDailyCap = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeLifetimeMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    PointsLifetimeMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsRules", x => x.Id);
                    table.CheckConstraint("CK_PointsRules_Positive", "\"BuyingUsedPoints\" >= 0 AND \"LoanPoints\" >= 0 AND \"RepairPoints\" >= 0 AND \"HandInPoints\" >= 0 AND \"ActivityPoints\" >= 0 AND \"ResidentDailyCap\" >= 0 AND \"ResidentMonthlyCap\" >= 0 AND \"IssuerDailyCap\" >= 0 AND \"CodeLifetimeMinutes\" > 0 AND \"PointsLifetimeMonths\" > 0");
                    table.CheckConstraint("CK_PointsRules_Single", "\"Id\" = 1");
                });

            migrationBuilder.CreateTable(
                name: "Rewards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    TitleNb = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DescriptionNb = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PointsPrice = table.Column<int>(type: "INTEGER", nullable: false),
                    Stock = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rewards", x => x.Id);
                    table.CheckConstraint("CK_Rewards_Price", "\"PointsPrice\" > 0");
                    table.CheckConstraint("CK_Rewards_Stock", "\"Stock\" >= 0");
                    table.ForeignKey(
                        name: "FK_Rewards_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Factors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FactorSetVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EuCategory = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AverageWeightKg = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    PreUseKgCo2e = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    Displacement = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    AvoidedKgCo2e = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SourceLocation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DataQuality = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Proxy = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Factors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Factors_FactorSets_FactorSetVersion",
                        column: x => x.FactorSetVersion,
                        principalTable: "FactorSets",
                        principalColumn: "Version",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImpactMonths",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FactorSetVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Acts = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightGrams = table.Column<long>(type: "INTEGER", nullable: false),
                    MeasuredGrams = table.Column<long>(type: "INTEGER", nullable: false),
                    MeasuredQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    EstimatedQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Co2eGrams = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactMonths", x => new { x.Year, x.Month, x.InitiativeId, x.Category, x.Channel, x.FactorSetVersion });
                    table.ForeignKey(
                        name: "FK_ImpactMonths_FactorSets_FactorSetVersion",
                        column: x => x.FactorSetVersion,
                        principalTable: "FactorSets",
                        principalColumn: "Version",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImpactMonths_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReuseActs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightGrams = table.Column<long>(type: "INTEGER", nullable: false),
                    WeightSource = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FactorSetVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Co2eGrams = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OnceKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ReversesId = table.Column<long>(type: "INTEGER", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReuseActs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReuseActs_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ReuseActs_FactorSets_FactorSetVersion",
                        column: x => x.FactorSetVersion,
                        principalTable: "FactorSets",
                        principalColumn: "Version",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReuseActs_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReuseActs_ReuseActs_ReversesId",
                        column: x => x.ReversesId,
                        principalTable: "ReuseActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vouchers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RewardId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PointsPaid = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UsedAtInitiativeId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vouchers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vouchers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Vouchers_Initiatives_UsedAtInitiativeId",
                        column: x => x.UsedAtInitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Vouchers_Rewards_RewardId",
                        column: x => x.RewardId,
                        principalTable: "Rewards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReuseActLinks",
                columns: table => new
                {
                    ReuseActId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReuseActLinks", x => x.ReuseActId);
                    table.ForeignKey(
                        name: "FK_ReuseActLinks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReuseActLinks_ReuseActs_ReuseActId",
                        column: x => x.ReuseActId,
                        principalTable: "ReuseActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "FactorSets",
                columns: new[] { "Version", "LoadedAt", "Name", "Notes", "ValidFrom" },
                values: new object[] { 1, new DateTime(2026, 12, 7, 0, 0, 0, 0, DateTimeKind.Utc), "Restart 2021 / OMigjen 1", "Avoided CO2e = pre-use footprint × displacement (0.5). Loans: Library of Things UK, half of borrows avoid a purchase.", new DateOnly(2020, 1, 1) });

            migrationBuilder.InsertData(
                table: "Factors",
                columns: new[] { "Id", "Activity", "AverageWeightKg", "AvoidedKgCo2e", "Category", "DataQuality", "Displacement", "EuCategory", "FactorSetVersion", "Licence", "PreUseKgCo2e", "Proxy", "Source", "SourceLocation", "Unit" },
                values: new object[,]
                {
                    { 1, "Reuse", 0.75m, 10.160m, "Children", "Restart «Clothes, children's clothes»; children's things also include toys and equipment.", 0.5m, "Textiles", 1, "CC BY-SA 4.0", 20.32m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 2, "Reuse", 0.75m, 10.160m, "ClothesShoes", "Restart «Clothes, children's clothes». Cross-check: Østfoldforskning/NORSUS via Fretex, >10–11 kg CO2 per kg textiles.", 0.5m, "Textiles", 1, "CC BY-SA 4.0", 20.32m, false, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 3, "Reuse", 1.07m, 9.510m, "SportsOutdoors", "Restart «Misc» (8 products only), standing in for sports gear.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 4, "Reuse", 15.10m, 74.800m, "Bikes", "Restart «Bicycle».", 0.5m, "Other", 1, "CC BY-SA 4.0", 149.60m, false, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 5, "Reuse", 29.81m, 33.565m, "Furniture", "Restart «Furniture». Cross-check: WRAP, 1.05–1.45 t CO2e per t furniture reused.", 0.5m, "Furniture", 1, "CC BY-SA 4.0", 67.13m, false, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 6, "Reuse", 1.07m, 9.510m, "HomeKitchen", "Restart «Misc» (8 products only), standing in for unpowered household goods.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 7, "Reuse", 2.95m, 16.035m, "Electronics", "Restart emission ratio for unknown powered products, 32.07 kg CO2e per kg; average weight from «Small kitchen appliance».", 0.5m, "ElectricalElectronic", 1, "CC BY-SA 4.0", 32.07m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" },
                    { 8, "Reuse", 0.40m, 8.850m, "BooksMedia", "No source for books: Restart emission ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight 0.4 kg is OMigjen's own estimate.", 0.5m, "Other", 1, "CC BY-SA 4.0", 17.70m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" },
                    { 9, "Reuse", 1.07m, 9.510m, "ToysGames", "Restart «Misc» (8 products only), standing in for toys and games.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 10, "Reuse", 10.00m, 8.850m, "BuildingMaterials", "No source for building materials: Restart ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight 10 kg is OMigjen's own estimate.", 0.5m, "Construction", 1, "CC BY-SA 4.0", 17.70m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" },
                    { 11, "Reuse", 0.93m, 2.175m, "ToolsGarden", "Restart «Hand tools».", 0.5m, "Other", 1, "CC BY-SA 4.0", 4.35m, false, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 12, "Reuse", 1.07m, 9.510m, "HobbyCrafts", "Restart «Misc» (8 products only), standing in for hobby and craft goods.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 13, "Reuse", 1.07m, 8.850m, "Other", "Restart emission ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight from «Misc».", 0.5m, "Other", 1, "CC BY-SA 4.0", 17.70m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" },
                    { 14, "Lending", 0.75m, 10.160m, "Children", "Restart «Clothes, children's clothes»; children's things also include toys and equipment.", 0.5m, "Textiles", 1, "CC BY-SA 4.0", 20.32m, true, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 15, "Lending", 0.75m, 10.160m, "ClothesShoes", "Restart «Clothes, children's clothes». Cross-check: Østfoldforskning/NORSUS via Fretex, >10–11 kg CO2 per kg textiles.", 0.5m, "Textiles", 1, "CC BY-SA 4.0", 20.32m, false, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 16, "Lending", 1.07m, 9.510m, "SportsOutdoors", "Restart «Misc» (8 products only), standing in for sports gear.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 17, "Lending", 15.10m, 74.800m, "Bikes", "Restart «Bicycle».", 0.5m, "Other", 1, "CC BY-SA 4.0", 149.60m, false, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 18, "Lending", 29.81m, 33.565m, "Furniture", "Restart «Furniture». Cross-check: WRAP, 1.05–1.45 t CO2e per t furniture reused.", 0.5m, "Furniture", 1, "CC BY-SA 4.0", 67.13m, false, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 19, "Lending", 1.07m, 9.510m, "HomeKitchen", "Restart «Misc» (8 products only), standing in for unpowered household goods.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 20, "Lending", 2.95m, 16.035m, "Electronics", "Restart emission ratio for unknown powered products, 32.07 kg CO2e per kg; average weight from «Small kitchen appliance».", 0.5m, "ElectricalElectronic", 1, "CC BY-SA 4.0", 32.07m, true, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" },
                    { 21, "Lending", 0.40m, 8.850m, "BooksMedia", "No source for books: Restart emission ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight 0.4 kg is OMigjen's own estimate.", 0.5m, "Other", 1, "CC BY-SA 4.0", 17.70m, true, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" },
                    { 22, "Lending", 1.07m, 9.510m, "ToysGames", "Restart «Misc» (8 products only), standing in for toys and games.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 23, "Lending", 10.00m, 8.850m, "BuildingMaterials", "No source for building materials: Restart ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight 10 kg is OMigjen's own estimate.", 0.5m, "Construction", 1, "CC BY-SA 4.0", 17.70m, true, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" },
                    { 24, "Lending", 0.93m, 2.175m, "ToolsGarden", "Restart «Hand tools».", 0.5m, "Other", 1, "CC BY-SA 4.0", 4.35m, false, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 25, "Lending", 1.07m, 9.510m, "HobbyCrafts", "Restart «Misc» (8 products only), standing in for hobby and craft goods.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 26, "Lending", 1.07m, 8.850m, "Other", "Restart emission ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight from «Misc».", 0.5m, "Other", 1, "CC BY-SA 4.0", 17.70m, true, "The Restart Project, Fixometer LCA data 2021 (summary); displacement per loan: Library of Things UK", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" },
                    { 27, "Repair", 0.75m, 10.160m, "Children", "Restart «Clothes, children's clothes»; children's things also include toys and equipment.", 0.5m, "Textiles", 1, "CC BY-SA 4.0", 20.32m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 28, "Repair", 0.75m, 10.160m, "ClothesShoes", "Restart «Clothes, children's clothes». Cross-check: Østfoldforskning/NORSUS via Fretex, >10–11 kg CO2 per kg textiles.", 0.5m, "Textiles", 1, "CC BY-SA 4.0", 20.32m, false, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 29, "Repair", 1.07m, 9.510m, "SportsOutdoors", "Restart «Misc» (8 products only), standing in for sports gear.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 30, "Repair", 15.10m, 74.800m, "Bikes", "Restart «Bicycle».", 0.5m, "Other", 1, "CC BY-SA 4.0", 149.60m, false, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 31, "Repair", 29.81m, 33.565m, "Furniture", "Restart «Furniture». Cross-check: WRAP, 1.05–1.45 t CO2e per t furniture reused.", 0.5m, "Furniture", 1, "CC BY-SA 4.0", 67.13m, false, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 32, "Repair", 1.07m, 9.510m, "HomeKitchen", "Restart «Misc» (8 products only), standing in for unpowered household goods.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 33, "Repair", 2.95m, 16.035m, "Electronics", "Restart emission ratio for unknown powered products, 32.07 kg CO2e per kg; average weight from «Small kitchen appliance».", 0.5m, "ElectricalElectronic", 1, "CC BY-SA 4.0", 32.07m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" },
                    { 34, "Repair", 0.40m, 8.850m, "BooksMedia", "No source for books: Restart emission ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight 0.4 kg is OMigjen's own estimate.", 0.5m, "Other", 1, "CC BY-SA 4.0", 17.70m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" },
                    { 35, "Repair", 1.07m, 9.510m, "ToysGames", "Restart «Misc» (8 products only), standing in for toys and games.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 36, "Repair", 10.00m, 8.850m, "BuildingMaterials", "No source for building materials: Restart ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight 10 kg is OMigjen's own estimate.", 0.5m, "Construction", 1, "CC BY-SA 4.0", 17.70m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" },
                    { 37, "Repair", 0.93m, 2.175m, "ToolsGarden", "Restart «Hand tools».", 0.5m, "Other", 1, "CC BY-SA 4.0", 4.35m, false, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 38, "Repair", 1.07m, 9.510m, "HobbyCrafts", "Restart «Misc» (8 products only), standing in for hobby and craft goods.", 0.5m, "Other", 1, "CC BY-SA 4.0", 19.02m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerItem" },
                    { 39, "Repair", 1.07m, 8.850m, "Other", "Restart emission ratio for unknown unpowered products, 17.70 kg CO2e per kg; average weight from «Misc».", 0.5m, "Other", 1, "CC BY-SA 4.0", 17.70m, true, "The Restart Project, Fixometer LCA data 2021 (summary)", "github.com/TheRestartProject/environmental-impact-data: Fixometer LCA data - 2021 - Summary.csv", "PerKg" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Factors_FactorSetVersion_Category_Activity",
                table: "Factors",
                columns: new[] { "FactorSetVersion", "Category", "Activity" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImpactMonths_FactorSetVersion",
                table: "ImpactMonths",
                column: "FactorSetVersion");

            migrationBuilder.CreateIndex(
                name: "IX_ImpactMonths_InitiativeId_Year_Month",
                table: "ImpactMonths",
                columns: new[] { "InitiativeId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ImpactPublications_PublishedBy",
                table: "ImpactPublications",
                column: "PublishedBy");

            migrationBuilder.CreateIndex(
                name: "IX_PointsCodes_ClaimedByUserId",
                table: "PointsCodes",
                column: "ClaimedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PointsCodes_CodeHash",
                table: "PointsCodes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointsCodes_InitiativeId_ClaimedAt",
                table: "PointsCodes",
                columns: new[] { "InitiativeId", "ClaimedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsCodes_InitiativeId_IssuedAt",
                table: "PointsCodes",
                columns: new[] { "InitiativeId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsCodes_IssuedByUserId",
                table: "PointsCodes",
                column: "IssuedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PointsEntries_InitiativeId_At",
                table: "PointsEntries",
                columns: new[] { "InitiativeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsEntries_SourceKey",
                table: "PointsEntries",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointsEntries_UserId_At",
                table: "PointsEntries",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PointsIssuers_Status",
                table: "PointsIssuers",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ReuseActLinks_UserId",
                table: "ReuseActLinks",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReuseActs_At",
                table: "ReuseActs",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ReuseActs_FactorSetVersion",
                table: "ReuseActs",
                column: "FactorSetVersion");

            migrationBuilder.CreateIndex(
                name: "IX_ReuseActs_InitiativeId",
                table: "ReuseActs",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_ReuseActs_OnceKey",
                table: "ReuseActs",
                column: "OnceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReuseActs_ReversesId",
                table: "ReuseActs",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReuseActs_Source_SourceId",
                table: "ReuseActs",
                columns: new[] { "Source", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReuseActs_UserId_At",
                table: "ReuseActs",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_InitiativeId_Withdrawn",
                table: "Rewards",
                columns: new[] { "InitiativeId", "Withdrawn" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_Code",
                table: "Vouchers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_RewardId",
                table: "Vouchers",
                column: "RewardId");

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_UsedAtInitiativeId",
                table: "Vouchers",
                column: "UsedAtInitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_UserId_IssuedAt",
                table: "Vouchers",
                columns: new[] { "UserId", "IssuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Factors");

            migrationBuilder.DropTable(
                name: "ImpactMonths");

            migrationBuilder.DropTable(
                name: "ImpactPublications");

            migrationBuilder.DropTable(
                name: "PointsAccounts");

            migrationBuilder.DropTable(
                name: "PointsCodes");

            migrationBuilder.DropTable(
                name: "PointsCounters");

            migrationBuilder.DropTable(
                name: "PointsEntries");

            migrationBuilder.DropTable(
                name: "PointsIssuers");

            migrationBuilder.DropTable(
                name: "PointsRules");

            migrationBuilder.DropTable(
                name: "ReuseActLinks");

            migrationBuilder.DropTable(
                name: "Vouchers");

            migrationBuilder.DropTable(
                name: "ReuseActs");

            migrationBuilder.DropTable(
                name: "Rewards");

            migrationBuilder.DropTable(
                name: "FactorSets");

            migrationBuilder.DropColumn(
                name: "WeightKg",
                table: "LendingTypes");

            migrationBuilder.DropColumn(
                name: "WeightKg",
                table: "Items");
        }
    }
}
