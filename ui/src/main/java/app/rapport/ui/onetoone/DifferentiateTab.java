package app.rapport.ui.onetoone;

import app.rapport.api.onetoone.NeedOrigin;
import app.rapport.api.onetoone.NeedStatus;
import app.rapport.api.onetoone.NeedView;
import app.rapport.api.onetoone.NeedWrite;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.api.tier.ClientTierView;
import app.rapport.api.tier.TierChangeView;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierPin;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.tier.TierBadge;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Differentiate: the client's tier with its entitlements, value, pin and history; stated and observed needs. */
public class DifferentiateTab extends VerticalLayout {
    private final String clientId;
    private final TiersApi tiers;
    private final OneToOneApi records;
    private final Api api;
    final Span tier = new Span();
    final Paragraph entitlements = new Paragraph();

    {
        entitlements.setId("tier-entitlements");
    }

    final Paragraph value = new Paragraph();
    final Paragraph pinState = new Paragraph();
    final Grid<TierChangeView> history = new Grid<>();
    final Select<TierDefinition> pinTier = new Select<>();
    final TextField pinReason = new TextField();
    final DatePicker pinUntil = VaadinTexts.datePicker();
    final Button pin = new Button();
    final Button unpin = new Button();
    final Grid<NeedView> needs = new Grid<>();
    final TextField need = new TextField();
    final Select<NeedOrigin> origin = new Select<>();
    private Map<String, TierDefinition> byId = Map.of();

    public DifferentiateTab(String clientId, TiersApi tiers, OneToOneApi records, Api api, boolean editable) {
        this.clientId = clientId;
        this.tiers = tiers;
        this.records = records;
        this.api = api;
        setPadding(false);
        tier.setId("client-tier");
        tier.getStyle().set("font-size", "var(--lumo-font-size-xl, 1.375rem)").set("font-weight", "600");
        history.setId("tier-history");
        history.setEmptyStateText(getTranslation("empty.tierHistory"));
        history.addColumn(h -> Formats.shortDateTime(getLocale()).format(h.at()))
                .setHeader(getTranslation("tier.history.at"));
        history.addColumn(h -> name(h.fromTierId()) + " → " + name(h.toTierId()))
                .setHeader(getTranslation("tier.history.change"));
        history.addColumn(h -> getTranslation("tier.history.method." + h.method()))
                .setHeader(getTranslation("tier.method"));
        history.addColumn(h -> Wording.reason(h.reasonCode(), h.figures(), h.reason()))
                .setKey("reason")
                .setHeader(getTranslation("tier.history.reason"))
                .setFlexGrow(3);
        history.addColumn(TierChangeView::actor).setHeader(getTranslation("tier.history.actor"));
        history.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        history.setAllRowsVisible(true);
        pinTier.setLabel(getTranslation("tier.pin.tier"));
        pinTier.setItemLabelGenerator(t -> TierNames.of(t, getLocale()));
        pinReason.setId("pin-reason");
        pinReason.setLabel(getTranslation("tier.pin.reason"));
        pinUntil.setLabel(getTranslation("tier.pin.until"));
        pinUntil.setMin(TenantTime.today().plusDays(1));
        pinUntil.setValue(TenantTime.today().plusDays(90));
        pin.setText(getTranslation("tier.pin"));
        pin.setId("tier-pin");
        pin.addClickListener(e -> act(() -> api.call(() -> tiers.pin(
                        clientId,
                        new TierPin(
                                pinTier.getValue() == null
                                        ? ""
                                        : pinTier.getValue().id(),
                                pinReason.getValue(),
                                pinUntil.getValue())))
                .body()));
        unpin.setText(getTranslation("tier.unpin"));
        unpin.setId("tier-unpin");
        unpin.addClickListener(
                e -> act(() -> api.call(() -> tiers.unpin(clientId)).body()));
        HorizontalLayout pinForm = new HorizontalLayout(pinTier, pinReason, pinUntil, pin, unpin);
        pinForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        pinForm.setWrap(true);
        pinForm.setVisible(editable);

        needs.setId("needs-grid");
        needs.setEmptyStateText(getTranslation("empty.needs"));
        needs.addColumn(n -> getTranslation("need.origin." + n.origin())).setHeader(getTranslation("need.origin"));
        needs.addColumn(NeedView::description)
                .setHeader(getTranslation("need.description"))
                .setFlexGrow(3);
        needs.addComponentColumn(n -> status(n, editable)).setHeader(getTranslation("need.status"));
        needs.setAllRowsVisible(true);
        origin.setItems(NeedOrigin.values());
        origin.setItemLabelGenerator(o -> getTranslation("need.origin." + o));
        origin.setValue(NeedOrigin.STATED);
        origin.setLabel(getTranslation("need.origin"));
        need.setId("need-description");
        need.setLabel(getTranslation("need.description"));
        Button addNeed = new Button(getTranslation("need.add"), e -> {
            try {
                api.body(() -> records.addNeed(clientId, new NeedWrite(origin.getValue(), need.getValue(), null)));
                need.clear();
                needs.setItems(api.call(() -> records.needs(clientId)));
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        });
        HorizontalLayout needForm = new HorizontalLayout(origin, need, addNeed);
        needForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        needForm.setVisible(editable);
        add(
                tier,
                entitlements,
                value,
                pinState,
                pinForm,
                new H3(getTranslation("tier.history")),
                history,
                new H3(getTranslation("needs.title")),
                needForm,
                needs);
        refresh();
        needs.setItems(api.call(() -> records.needs(clientId)));
    }

    private Select<NeedStatus> status(NeedView n, boolean editable) {
        Select<NeedStatus> s = new Select<>();
        s.setItems(NeedStatus.values());
        s.setItemLabelGenerator(v -> getTranslation("need.status." + v));
        s.setValue(n.status());
        s.setReadOnly(!editable);
        s.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                api.body(() ->
                        records.changeNeed(clientId, n.id(), new NeedWrite(n.origin(), n.description(), e.getValue())));
            }
        });
        return s;
    }

    private void act(Runnable call) {
        try {
            call.run();
            refresh();
        } catch (ApiProblem p) {
            FieldErrors.show(p, Map.of("reason", pinReason));
        }
    }

    void refresh() {
        var settings = api.body(tiers::settings);
        byId = settings.tiers().stream().collect(Collectors.toMap(TierDefinition::id, Function.identity()));
        pinTier.setItems(settings.tiers());
        ClientTierView t = api.call(() -> tiers.ofClient(clientId)).body();
        TierDefinition d = t.tier();
        tier.setText(d == null ? getTranslation("tiers.unclassified") : TierNames.of(d, getLocale()));
        TierBadge.paint(tier, d == null ? null : d.colour());
        entitlements.setText(
                d == null
                        ? ""
                        : getTranslation(
                                "tier.entitlements",
                                d.careCadenceDays(),
                                d.responseHours(),
                                d.ownerRoles().stream()
                                        .map(r -> getTranslation("role." + r))
                                        .collect(Collectors.joining(", ")),
                                d.promise() == null ? "—" : d.promise(MessagesI18NProvider.languageTag(getLocale()))));
        value.setText(getTranslation(
                "tier.value",
                Formats.money(getLocale()).format(t.revenue()),
                Formats.money(getLocale()).format(t.margin()),
                t.purchases(),
                t.lastPurchaseOn() == null ? "—" : t.lastPurchaseOn()));
        pinState.setText(t.pinned() ? getTranslation("tier.pinned", t.pinReason(), t.pinUntil(), t.pinnedBy()) : "");
        pinState.setVisible(t.pinned());
        unpin.setEnabled(t.pinned());
        history.setItems(t.history());
    }

    private String name(String tierId) {
        return tierId == null
                ? "—"
                : byId.containsKey(tierId)
                        ? TierNames.of(byId.get(tierId), getLocale())
                        : getTranslation("tier.removed");
    }
}
