namespace Cost.Silos.Accounts;

/// <summary>Where an account stands, as the users table stores it: only an active account signs in.</summary>
public static class AccountStatus
{
    public const string Active = "active";

    /// <summary>Stopped by the bureau: every session has ended and no sign-in works until it is enabled again.</summary>
    public const string Disabled = "disabled";

    /// <summary>Registered by a firm's consultant at /register, waiting for the bureau to approve it.</summary>
    public const string Pending = "pending";

    public static string Name(string status) => status switch
    {
        Active => "正常",
        Disabled => "已停用",
        Pending => "待审核",
        _ => status,
    };
}
