-- A blueprint's name, like its steps' names, with optional translations for readers of 简体中文 and 繁體中文.
ALTER TABLE blueprint
    ADD COLUMN name_zh_cn VARCHAR(200) NULL,
    ADD COLUMN name_zh_tw VARCHAR(200) NULL;
