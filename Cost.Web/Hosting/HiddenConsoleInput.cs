using System.Text;

namespace Cost.Web.Hosting;

/// <summary>
/// The terminal as a reader of one line that is not echoed: a password typed for an operator's command
/// shows neither on the screen nor in the shell history.
/// </summary>
public sealed class HiddenConsoleInput : TextReader
{
    public override string ReadLine()
    {
        var line = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                line.Length = Math.Max(0, line.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                line.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return line.ToString();
    }
}
