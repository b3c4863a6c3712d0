using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StocktakingCms.Search.Lucene.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NodeCursors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchNodes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Cursor = table.Column<long>(type: "bigint", nullable: false),
                    SeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchNodes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchIndexingTasks_CreatedUtc",
                table: "SearchIndexingTasks",
                column: "CreatedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchNodes");

            migrationBuilder.DropIndex(
                name: "IX_SearchIndexingTasks_CreatedUtc",
                table: "SearchIndexingTasks");
        }
    }
}
