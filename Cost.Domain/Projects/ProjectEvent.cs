namespace Cost.Domain.Projects;

/// <summary>What a change of a tender project did to one of its versions; <see cref="Version"/> is that version as it now stands.</summary>
public abstract record ProjectEvent(TenderVersion Version);
