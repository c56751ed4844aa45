-- The data-protection key ring (ASP.NET Core data protection: the keys that encrypt log-in cookies and antiforgery
-- tokens), kept in the store so that a cookie survives a restart, every web front of a cluster reads the same ring, and a
-- cookie minted by another installation (another store) is never accepted. One row per key, its XML as the framework
-- writes it. Anyone who can read this table can forge cookies: back it up and guard it like the rest of the store.
CREATE TABLE data_protection_keys (
    friendly_name VARCHAR(200) NOT NULL PRIMARY KEY,
    xml           TEXT         NOT NULL
);
