namespace Cost.Contracts;

/// <summary>
/// A grain method that may run twice with the same arguments and leave the store as after once
/// (a read, a write carrying the version it was based on, a publication that is idempotent). Only
/// these are retried after a timeout, when the first call may have done its work.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute : Attribute;
