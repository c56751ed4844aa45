-- A tender's tax method (general = 一般计税, simple = 简易计税), which decides the VAT rate of its ceiling
-- price, and its base period (yyyy-MM, the month whose 信息价 its main materials are compared with; NULL
-- when the tender names none). Tenders registered before this migration were priced under 一般计税.
-- Portable SQL.

ALTER TABLE tender_projects ADD COLUMN tax_method VARCHAR(16) NOT NULL DEFAULT 'general';
ALTER TABLE tender_projects ADD COLUMN base_period VARCHAR(7) NULL;
