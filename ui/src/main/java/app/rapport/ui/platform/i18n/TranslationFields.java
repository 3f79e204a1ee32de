package app.rapport.ui.platform.i18n;

import app.rapport.api.common.Translated;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * The two optional translations of a name an admin writes (简体中文, 繁體中文): a field each, labelled and limited
 * like the name, a blank one meaning "no translation".
 */
public final class TranslationFields {
    public final TextField zhCn = new TextField();
    public final TextField zhTw = new TextField();

    /** Fields with ids {@code idPrefix-zh-cn} and {@code idPrefix-zh-tw}, each at most {@code maxLength} long. */
    public TranslationFields(String idPrefix, int maxLength) {
        this(idPrefix, maxLength, "content.name");
    }

    /**
     * Fields labelled by the messages {@code labels.zhCN} and {@code labels.zhTW} (what the translated text is:
     * "Question (简体中文)").
     */
    public TranslationFields(String idPrefix, int maxLength, String labels) {
        zhCn.setLabel(text(labels + ".zhCN"));
        zhTw.setLabel(text(labels + ".zhTW"));
        identify(idPrefix);
        zhCn.setHelperText(text("content.translation.help"));
        for (TextField f : new TextField[] {zhCn, zhTw}) {
            f.setMaxLength(maxLength);
            f.setWidthFull();
        }
    }

    /** Names the fields {@code idPrefix-zh-cn} and {@code idPrefix-zh-tw} (again, when their owner moves). */
    public void identify(String idPrefix) {
        zhCn.setId(idPrefix + "-zh-cn");
        zhTw.setId(idPrefix + "-zh-tw");
    }

    public void setValue(Translated t) {
        zhCn.setValue(t == null || t.zhCn() == null ? "" : t.zhCn());
        zhTw.setValue(t == null || t.zhTw() == null ? "" : t.zhTw());
    }

    public Translated value() {
        return new Translated(zhCn.getValue(), zhTw.getValue());
    }

    /** The two fields as the API names them under {@code field} (for {@code FieldErrors}). */
    public Map<String, TextField> named(String field) {
        return Map.of(field + ".zhCn", zhCn, field + ".zhTw", zhTw);
    }

    private static String text(String key) {
        return UI.getCurrent() == null ? key : UI.getCurrent().getTranslation(key);
    }
}
