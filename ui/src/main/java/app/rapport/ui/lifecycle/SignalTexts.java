package app.rapport.ui.lifecycle;

import app.rapport.api.lifecycle.Signal;
import app.rapport.api.lifecycle.SuggestionView;
import com.vaadin.flow.component.Component;
import java.util.stream.Collectors;

/** Signals and suggestions in the user's language, from their figures (the service's sentences are English). */
final class SignalTexts {
    private SignalTexts() {}

    static String of(Signal s, Component c) {
        return c.getTranslation(
                "signal." + s.kind(),
                s.value().stripTrailingZeros().toPlainString(),
                s.reference().stripTrailingZeros().toPlainString());
    }

    static String explain(SuggestionView s, Component c) {
        String signals = s.signals().stream()
                .map(x -> of(x, c))
                .collect(Collectors.joining(c.getTranslation("signal.separator")));
        return c.getTranslation("suggestion.sentence", signals, c.getTranslation("stage." + s.to()));
    }
}
