using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StocktakingCms.Workflows.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReadTermLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
