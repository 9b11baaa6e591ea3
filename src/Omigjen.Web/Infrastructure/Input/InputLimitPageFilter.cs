using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Omigjen.Web.Infrastructure.Input;

/// <summary>
/// Checks every text a page bound, after binding and before the handler, so no handler and no database sees a text
/// longer than its field or one with characters a column cannot hold. Browsers never send such a text (the inputs
/// carry <c>maxlength</c> from the same attributes), so the answer is a plain 400 page that names the field.
/// </summary>
public sealed class InputLimitPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (FirstProblem(context) is { } problem)
        {
            context.Result = Refusal(problem, context.HttpContext.Request.Path);
            return;
        }
        await next();
    }

    private static InputProblem? FirstProblem(PageHandlerExecutingContext context)
    {
        foreach (var bound in context.ActionDescriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>())
        {
            var name = bound.BindingInfo?.BinderModelName ?? bound.Name;
            if (InputCheck.Check(name, bound.Property.GetValue(context.HandlerInstance), bound.Property) is { } p) return p;
        }
        foreach (var parameter in context.HandlerMethod?.Parameters.OfType<HandlerParameterDescriptor>() ?? [])
        {
            if (context.HandlerArguments.TryGetValue(parameter.Name, out var value)
                && InputCheck.Check(parameter.BindingInfo?.BinderModelName ?? parameter.Name, value, parameter.ParameterInfo) is { } p)
                return p;
        }
        return null;
    }

    private static ContentResult Refusal(InputProblem problem, string backTo)
    {
        var e = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var html = $"""
            <!doctype html>
            <html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Skjemaet ble ikke lagret / The form was not saved – OMigjen</title></head>
            <body><main><h1>Skjemaet ble ikke lagret</h1><p id="input-problem" role="alert">{e.Encode(problem.Nb)}</p>
            <p lang="en">{e.Encode(problem.En)}</p><p><a href="{e.Encode(backTo)}">Tilbake til skjemaet / Back to the form</a></p></main></body></html>
            """;
        return new ContentResult { StatusCode = StatusCodes.Status400BadRequest, ContentType = "text/html; charset=utf-8", Content = html };
    }
}

public static class InputLimitsSetup
{
    /// <summary>The page filter that checks every bound text (see <see cref="InputLimitPageFilter"/>).</summary>
    public static IServiceCollection AddInputLimits(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(o => o.Filters.Add(new InputLimitPageFilter()));
        return services;
    }
}
