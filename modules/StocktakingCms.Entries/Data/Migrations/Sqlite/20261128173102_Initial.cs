using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StocktakingCms.Entries.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EntryIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    LocalizationSet = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPublishedVersion = table.Column<bool>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TitleSearch = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntryIndex", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EntryIndex_ContentItemId_Published",
                table: "EntryIndex",
                columns: new[] { "ContentItemId", "Published" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EntryIndex_Published_Culture_ModifiedUtc",
                table: "EntryIndex",
                columns: new[] { "Published", "Culture", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EntryIndex_Published_ModifiedUtc",
                table: "EntryIndex",
                columns: new[] { "Published", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EntryIndex_Published_Title",
                table: "EntryIndex",
                columns: new[] { "Published", "Title" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EntryIndex");
        }
    }
}
