package app.rapport.ui.onetoone;

import app.rapport.api.onetoone.OfferAnswer;
import app.rapport.api.onetoone.OfferKindStats;
import app.rapport.api.onetoone.OfferStatus;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.OfferWrite;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;

/** Customise: tailored offers, the client's answers, and how often offers of each kind are accepted. */
public class CustomiseTab extends VerticalLayout {
    private final String clientId;
    private final OneToOneApi records;
    private final Api api;
    private final boolean editable;
    final Grid<OfferView> offers = new Grid<>();
    final Grid<OfferKindStats> acceptance = new Grid<>();
    final TextField kind = new TextField();
    final TextField what = new TextField();
    final TextField why = new TextField();
    final DatePicker until = VaadinTexts.datePicker();
    final Button propose = new Button();

    public CustomiseTab(String clientId, OneToOneApi records, Api api, boolean editable) {
        this.clientId = clientId;
        this.records = records;
        this.api = api;
        this.editable = editable;
        setPadding(false);
        offers.setId("offers-grid");
        offers.setEmptyStateText(getTranslation("empty.offers"));
        offers.addColumn(OfferView::kind).setHeader(getTranslation("offer.kind"));
        offers.addColumn(OfferView::what)
                .setHeader(getTranslation("offer.what"))
                .setFlexGrow(2);
        offers.addColumn(OfferView::why).setHeader(getTranslation("offer.why")).setFlexGrow(2);
        offers.addColumn(OfferView::validUntil).setHeader(getTranslation("offer.until"));
        offers.addColumn(o -> getTranslation("offer.status." + o.status()))
                .setHeader(getTranslation("offer.status"))
                .setKey("status");
        offers.addColumn(OfferView::response).setHeader(getTranslation("offer.response"));
        offers.addComponentColumn(this::answer)
                .setKey("answer")
                .setWidth("14em")
                .setFlexGrow(0);
        offers.setAllRowsVisible(true);
        acceptance.setId("acceptance-grid");
        acceptance.setEmptyStateText(getTranslation("empty.acceptance"));
        acceptance.addColumn(OfferKindStats::kind).setHeader(getTranslation("offer.kind"));
        acceptance.addColumn(OfferKindStats::offers).setHeader(getTranslation("offer.count"));
        acceptance.addColumn(OfferKindStats::accepted).setHeader(getTranslation("offer.status.ACCEPTED"));
        acceptance.addColumn(OfferKindStats::declined).setHeader(getTranslation("offer.status.DECLINED"));
        acceptance.addColumn(OfferKindStats::expired).setHeader(getTranslation("offer.status.EXPIRED"));
        acceptance
                .addColumn(s -> s.acceptanceRate() == null
                        ? "—"
                        : s.acceptanceRate()
                                        .multiply(BigDecimal.valueOf(100))
                                        .stripTrailingZeros()
                                        .toPlainString() + "%")
                .setHeader(getTranslation("offer.rate"));
        acceptance.setAllRowsVisible(true);
        kind.setId("offer-kind");
        kind.setLabel(getTranslation("offer.kind"));
        what.setId("offer-what");
        what.setLabel(getTranslation("offer.what"));
        why.setId("offer-why");
        why.setLabel(getTranslation("offer.why"));
        until.setLabel(getTranslation("offer.until"));
        until.setMin(TenantTime.today());
        until.setValue(TenantTime.today().plusDays(14));
        propose.setText(getTranslation("offer.propose"));
        propose.setId("offer-propose");
        propose.addClickListener(e -> {
            try {
                api.body(() -> records.propose(
                        clientId, new OfferWrite(kind.getValue(), what.getValue(), why.getValue(), until.getValue())));
                what.clear();
                why.clear();
                refresh();
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        });
        HorizontalLayout form = new HorizontalLayout(kind, what, why, until, propose);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(editable);
        add(form, offers, new H3(getTranslation("offer.acceptance")), acceptance);
        refresh();
    }

    private Component answer(OfferView o) {
        if (!editable || o.status() != OfferStatus.PROPOSED) {
            return new Span();
        }
        Button yes = new Button(getTranslation("offer.accept"), e -> decide(o, OfferStatus.ACCEPTED));
        yes.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.SUCCESS);
        Button no = new Button(getTranslation("offer.decline"), e -> decide(o, OfferStatus.DECLINED));
        no.addThemeVariants(ButtonVariant.SMALL);
        return new HorizontalLayout(yes, no);
    }

    private void decide(OfferView o, OfferStatus status) {
        try {
            api.body(() -> records.answer(clientId, o.id(), new OfferAnswer(status, null)));
            refresh();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    private void refresh() {
        offers.setItems(api.call(() -> records.offers(clientId)));
        acceptance.setItems(api.call(records::acceptance));
    }
}
