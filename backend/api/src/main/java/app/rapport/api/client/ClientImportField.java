package app.rapport.api.client;

import app.rapport.api.common.ImportColumn;
import java.util.List;

/** The client fields a CSV column can fill; only the name must be mapped (the kind defaults to organisation). */
public enum ClientImportField implements ImportColumn {
    NAME(true, List.of("name", "client", "customer", "client name", "名称", "客户", "客户名称", "名稱", "客戶", "客戶名稱")),
    KIND(false, List.of("kind", "type", "类型", "類型")),
    EMAIL(false, List.of("email", "e-mail", "mail", "邮箱", "电子邮件", "郵箱", "電子郵件")),
    PHONE(false, List.of("phone", "telephone", "mobile", "电话", "手机", "電話", "手機")),
    CITY(false, List.of("city", "城市")),
    INDUSTRY(false, List.of("industry", "sector", "行业", "行業")),
    WEBSITE(false, List.of("website", "web", "url", "网站", "網站")),
    NOTES(false, List.of("notes", "note", "remarks", "备注", "備註"));

    private final boolean required;
    private final List<String> knownHeaders;

    ClientImportField(boolean required, List<String> knownHeaders) {
        this.required = required;
        this.knownHeaders = knownHeaders;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public List<String> knownHeaders() {
        return knownHeaders;
    }
}
