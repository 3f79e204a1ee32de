package app.rapport.ui.survey;

import app.rapport.api.survey.InvitationLink;
import app.rapport.api.workspace.WorkspaceView;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;

/**
 * A new survey link, shown this once (only its hash is kept): the address to copy, its QR code to show on a phone or
 * print, and a short message in the client's language to paste into WeChat or an e-mail. Sending it is the account
 * manager's: Rapport sends no mail.
 */
public class LinkDialog extends Dialog implements SurveyDelivery.Offer {
    final TextField url = new TextField();
    final TextArea share = new TextArea();

    LinkDialog(InvitationLink link, String address, String addressee) {
        setHeaderTitle(getTranslation("survey.link.title"));
        setWidth("min(36em, 96vw)");
        url.setId("survey-link-url");
        url.setLabel(getTranslation("survey.link.url"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.setValue(address);
        Button copyUrl = copy("survey-link-copy", address);
        HorizontalLayout urlRow = new HorizontalLayout(url, copyUrl);
        urlRow.setWidthFull();
        urlRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Html qr = new Html("<div id=\"survey-link-qr\">"
                + SurveyLinks.qrSvg(address, 200, getTranslation("survey.link.qr"))
                + "</div>");
        share.setId("survey-link-share");
        share.setLabel(getTranslation("survey.link.share"));
        share.setReadOnly(true);
        share.setWidthFull();
        share.setValue(shareText(link.invitation().language(), addressee, address));
        Button copyShare = copy("survey-link-copy-share", share.getValue());
        Paragraph once = new Paragraph(getTranslation("survey.link.once"));
        once.getStyle().set("color", "var(--lumo-secondary-text-color, #5f6368)");
        VerticalLayout body = new VerticalLayout(urlRow, qr, share, copyShare, once);
        body.setPadding(false);
        add(body);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("survey-link-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
    }

    /** The message to paste: written in the form's language, whatever the manager reads. */
    static String shareText(String language, String addressee, String address) {
        Locale locale = MessagesI18NProvider.supported(Locale.forLanguageTag(language));
        String firm = TenantTime.workspace().map(WorkspaceView::displayName).orElse("");
        return new MessagesI18NProvider().getTranslation("survey.share.text", locale, addressee, firm, address);
    }

    private Button copy(String id, String text) {
        Button b = new Button(getTranslation("survey.link.copy"));
        b.setId(id);
        b.addClickListener(e -> {
            b.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", text);
            Notices.success(getTranslation("survey.link.copied"));
        });
        return b;
    }

    @Override
    public void show() {
        open();
    }
}
