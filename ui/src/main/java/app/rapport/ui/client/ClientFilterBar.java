package app.rapport.ui.client;

import app.rapport.api.care.Member;
import app.rapport.api.directory.ClientFilter;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.tier.TierDefinition;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The client list's filters: search, tier (or none), stage, owner (or none), "mine" and "no contact for N days". Each
 * change calls back once; {@link #show} puts a saved view's filters in place without a call per field.
 */
class ClientFilterBar extends FlexLayout {
    static final String ANY = "";

    final TextField search = new TextField();
    final Select<String> tier = new Select<>();
    final Select<Stage> stage = new Select<>();
    final Select<String> owner = new Select<>();
    final Checkbox mine = new Checkbox();
    final IntegerField silentDays = new IntegerField();
    private final List<String> tierIds = new ArrayList<>(List.of(ANY));
    private final List<String> owners = new ArrayList<>(List.of(ANY));
    private boolean showing;

    ClientFilterBar(List<TierDefinition> tiers, List<Member> members, boolean hasPortfolio, Runnable changed) {
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        setWidthFull();

        search.setId("client-search");
        search.setPlaceholder(getTranslation("clients.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        search.setMaxWidth("100%");

        Map<String, TierDefinition> byId = new java.util.HashMap<>();
        tiers.forEach(t -> {
            byId.put(t.id(), t);
            tierIds.add(t.id());
        });
        tierIds.add(ClientFilter.NONE);
        tier.setId("filter-tier");
        tier.setLabel(getTranslation("clients.filter.tier"));
        tier.setItems(tierIds);
        tier.setItemLabelGenerator(id -> ANY.equals(id)
                ? getTranslation("clients.filter.any")
                : ClientFilter.NONE.equals(id)
                        ? getTranslation("tiers.unclassified")
                        : TierNames.of(byId.get(id), getLocale()));
        tier.setValue(ANY);

        stage.setId("filter-stage");
        stage.setLabel(getTranslation("clients.filter.stage"));
        stage.setItems(Stage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("clients.filter.any"));
        stage.setItemLabelGenerator(
                s -> s == null ? getTranslation("clients.filter.any") : getTranslation("stage." + s));

        Map<String, String> names = MemberNames.of(members);
        owners.addAll(MemberNames.sorted(members, getLocale()));
        owners.add(ClientFilter.NONE);
        owner.setId("filter-owner");
        owner.setLabel(getTranslation("clients.filter.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(u -> ANY.equals(u)
                ? getTranslation("clients.filter.any")
                : ClientFilter.NONE.equals(u) ? getTranslation("stage.owner.none") : names.getOrDefault(u, u));
        owner.setValue(ANY);

        mine.setId("filter-mine");
        mine.setLabel(getTranslation("clients.filter.mine"));
        mine.setVisible(hasPortfolio);

        silentDays.setId("filter-silent");
        silentDays.setLabel(getTranslation("clients.filter.silent"));
        silentDays.setMin(1);
        silentDays.setMax(3650);
        silentDays.setStepButtonsVisible(true);
        silentDays.setWidth("11em");
        silentDays.setClearButtonVisible(true);
        silentDays.setValueChangeMode(ValueChangeMode.LAZY);

        add(search, tier, stage, owner, mine, silentDays);
        search.addValueChangeListener(e -> fire(changed));
        tier.addValueChangeListener(e -> fire(changed));
        stage.addValueChangeListener(e -> fire(changed));
        owner.addValueChangeListener(e -> fire(changed));
        mine.addValueChangeListener(e -> {
            owner.setEnabled(!mine.getValue());
            fire(changed);
        });
        silentDays.addValueChangeListener(e -> {
            if (!silentDays.isInvalid()) {
                fire(changed);
            }
        });
    }

    private void fire(Runnable changed) {
        if (!showing) {
            changed.run();
        }
    }

    /** The filters as set, with the order given. */
    ClientFilter filter(String sort) {
        Integer days = silentDays.getValue();
        return new ClientFilter(
                search.getValue().isBlank() ? null : search.getValue().strip(),
                blankToNull(tier.getValue()),
                stage.getValue(),
                mine.getValue() ? null : blankToNull(owner.getValue()),
                mine.getValue(),
                days == null || days < 1 || days > 3650 ? null : days,
                sort);
    }

    /** Puts a saved view's filters in place; the caller reloads once. */
    void show(ClientFilter f) {
        showing = true;
        try {
            search.setValue(Objects.requireNonNullElse(f.q(), ""));
            tier.setValue(tierIds.contains(f.tier()) ? f.tier() : ANY);
            stage.setValue(f.stage());
            owner.setValue(owners.contains(f.owner()) ? f.owner() : ANY);
            mine.setValue(f.mine() && mine.isVisible());
            silentDays.setValue(f.silentDays());
        } finally {
            showing = false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
