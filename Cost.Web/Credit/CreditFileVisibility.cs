using Cost.Domain.Credit;
using Cost.Web.Auth;

namespace Cost.Web.Credit;

/// <summary>Who sees which records of a credit file, a firm's or an engineer's.</summary>
public static class CreditFileVisibility
{
    /// <summary>The file as <paramref name="user"/> may see it: whole for the bureau; without the records only proposed for the holder's side.</summary>
    public static CreditFile VisibleTo(this CreditFile file, CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsBureau ? file : file.AsFirmSees();
    }
}
