namespace Omigjen.Web.Infrastructure.Outbox;

public static class OutboxSetup
{
    /// <summary>The writer, the sender on every node (unless <c>Notices:SenderEnabled</c> is false) and its options.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<NoticeWriter>();
        services.AddSingleton<NoticeLinks>();
        services.AddSingleton<NoticeSender>();
        services.AddHostedService(sp => sp.GetRequiredService<NoticeSender>());
        return services;
    }

    /// <summary>Registers the template of one notice kind; it is resolved in the sender's scope, so it may use the database.</summary>
    public static IServiceCollection AddNoticeTemplate<T>(this IServiceCollection services) where T : class, INoticeTemplate =>
        services.AddScoped<INoticeTemplate, T>();
}
