using Omigjen.Web;
using Omigjen.Web.Cli;
using Omigjen.Web.Infrastructure;

var (command, hostArgs) = CommandLine.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);

builder.AddOmigjen();
var app = builder.Build();

// Validated after Build so that every configuration source, including a test host's, is seen.
var configErrors = OptionsValidation.Validate(app.Services);
if (configErrors.Count > 0)
{
    var message = "OMigjen kan ikke starte: ugyldig konfigurasjon / cannot start: invalid configuration"
                  + Environment.NewLine + string.Join(Environment.NewLine, configErrors.Select(e => "  " + e));
    await Console.Error.WriteLineAsync(message);
    return 2;
}

if (command is not null)
    return await CommandLine.RunAsync(app, command);

// The build generates the OpenAPI document by starting the app in a tool process; it needs no database.
if (!BuildTime.IsDocumentGeneration)
    await app.InitializeDatabaseAsync();
app.UseOmigjen();
await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
