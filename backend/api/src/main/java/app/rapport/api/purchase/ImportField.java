package app.rapport.api.purchase;

import app.rapport.api.common.ImportColumn;
import java.util.List;

/** The purchase fields a CSV column can fill; the required ones must be mapped. */
public enum ImportField implements ImportColumn {
    DATE(true, List.of("date", "purchased on", "purchase date", "日期", "购买日期", "購買日期")),
    CLIENT(true, List.of("client", "customer", "client name", "客户", "客户名称", "客戶", "客戶名稱")),
    PRODUCT(true, List.of("product", "service", "product name", "产品", "商品", "產品")),
    QUANTITY(true, List.of("quantity", "qty", "数量", "數量")),
    UNIT(false, List.of("unit", "单位", "單位")),
    AMOUNT(true, List.of("amount", "revenue", "value", "金额", "金額")),
    MARGIN(true, List.of("margin", "profit", "毛利", "利润", "利潤")),
    CHANNEL(false, List.of("channel", "渠道"));

    private final boolean required;
    private final List<String> knownHeaders;

    ImportField(boolean required, List<String> knownHeaders) {
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
