-- The 编制人 and 复核人 of a submitted version, as confirmed against the compiling firm's register of 注册造价工程师
-- (JSON: { compiler: { name, registrationNumber }, reviewer: … }); null for drafts and for versions submitted before.
ALTER TABLE tender_versions ADD COLUMN signatories_json TEXT NULL;
