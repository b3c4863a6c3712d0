using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StocktakingCms.Workflows.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WorkflowHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstanceId = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Transition = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowInstances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    WorkflowType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsWaiting = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssigneeUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SubmitterUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnteredStateUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowInstances", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowHistory_InstanceId_Id",
                table: "WorkflowHistory",
                columns: new[] { "InstanceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_ContentItemId_WorkflowType",
                table: "WorkflowInstances",
                columns: new[] { "ContentItemId", "WorkflowType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_IsWaiting_State_EnteredStateUtc",
                table: "WorkflowInstances",
                columns: new[] { "IsWaiting", "State", "EnteredStateUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkflowHistory");

            migrationBuilder.DropTable(
                name: "WorkflowInstances");
        }
    }
}
