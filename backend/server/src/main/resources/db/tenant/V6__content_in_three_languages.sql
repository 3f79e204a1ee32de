-- Texts an admin writes that staff read in their own language: optional translations, the written text as fallback.
ALTER TABLE tier
    ADD COLUMN promise_zh_cn VARCHAR(500) NULL,
    ADD COLUMN promise_zh_tw VARCHAR(500) NULL;
