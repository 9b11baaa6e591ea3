namespace Omigjen.Web.Infrastructure;

public static class BuildTime
{
    /// <summary>True when the build runs the app only to generate the OpenAPI document (no database, no background work).</summary>
    public static bool IsDocumentGeneration { get; } =
        System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
