package app.rapport.ui.care;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;

/** The client's reaction, 1 to 5, as one row of five buttons a thumb hits: a tap picks, a second tap on it clears. */
class RatingField extends CustomField<Integer> {
    private final List<Button> buttons = new ArrayList<>();
    private Integer value;

    RatingField() {
        HorizontalLayout row = new HorizontalLayout();
        row.setWidthFull();
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        for (int i = 1; i <= 5; i++) {
            int n = i;
            Button b = new Button(String.valueOf(n), e -> {
                value = n == (value == null ? 0 : value) ? null : n;
                paint();
                updateValue();
            });
            b.setId("tp-rating-" + n);
            b.setMinHeight("44px");
            b.setMinWidth("44px");
            b.getStyle().set("flex", "1 1 0");
            b.setAriaLabel(getTranslation("touchpoint.rating") + " " + n);
            buttons.add(b);
            row.add(b);
        }
        add(row);
    }

    private void paint() {
        for (int i = 0; i < buttons.size(); i++) {
            Button b = buttons.get(i);
            b.removeThemeVariants(ButtonVariant.PRIMARY);
            if (value != null && value == i + 1) {
                b.addThemeVariants(ButtonVariant.PRIMARY);
            }
        }
    }

    @Override
    protected Integer generateModelValue() {
        return value;
    }

    @Override
    protected void setPresentationValue(Integer newValue) {
        value = newValue;
        paint();
    }
}
