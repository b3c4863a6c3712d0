using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace StocktakingCms.Taxonomies.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Taxonomies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taxonomies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TermLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    LocalizationSet = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TaxonomyCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TermCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SortDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermLinks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Taxonomies_Code",
                table: "Taxonomies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TermLinks_ContentItemId_Published",
                table: "TermLinks",
                columns: new[] { "ContentItemId", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_TermLinks_LocalizationSet_Published",
                table: "TermLinks",
                columns: new[] { "LocalizationSet", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_TermLinks_TaxonomyCode_TermCode_Published_SortDate",
                table: "TermLinks",
                columns: new[] { "TaxonomyCode", "TermCode", "Published", "SortDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Taxonomies");

            migrationBuilder.DropTable(
                name: "TermLinks");
        }
    }
}
