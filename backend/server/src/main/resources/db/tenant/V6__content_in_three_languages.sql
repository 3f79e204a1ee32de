-- Texts an admin writes that staff read in their own language: optional translations, the written text as fallback.
ALTER TABLE tier
    ADD COLUMN promise_zh_cn VARCHAR(500) NULL,
    ADD COLUMN promise_zh_tw VARCHAR(500) NULL;
ALTER TABLE playbook_step
    ADD COLUMN title_zh_cn        VARCHAR(200)  NULL,
    ADD COLUMN title_zh_tw        VARCHAR(200)  NULL,
    ADD COLUMN instructions_zh_cn VARCHAR(1000) NULL,
    ADD COLUMN instructions_zh_tw VARCHAR(1000) NULL;
ALTER TABLE blueprint_step
    ADD COLUMN name_zh_cn VARCHAR(120) NULL,
    ADD COLUMN name_zh_tw VARCHAR(120) NULL;
ALTER TABLE benchmark_target
    ADD COLUMN metric_zh_cn VARCHAR(200) NULL,
    ADD COLUMN metric_zh_tw VARCHAR(200) NULL;
