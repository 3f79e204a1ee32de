package app.rapport.ui.platform.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The texts Vaadin's own components bring in English — the upload's buttons and errors, the connection indicator —
 * in the reader's language, from the same bundles as everything else.
 */
public final class VaadinTexts {
    private VaadinTexts() {}

    public static void upload(Upload upload) {
        UploadI18N i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("vaadin.upload.addOne"))
                        .setMany(upload.getTranslation("vaadin.upload.addMany")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("vaadin.upload.dropOne"))
                        .setMany(upload.getTranslation("vaadin.upload.dropMany")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("vaadin.upload.tooMany"))
                        .setFileIsTooBig(upload.getTranslation("vaadin.upload.tooBig"))
                        .setIncorrectFileType(upload.getTranslation("vaadin.upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("vaadin.upload.connecting"))
                                .setStalled(upload.getTranslation("vaadin.upload.stalled"))
                                .setProcessing(upload.getTranslation("vaadin.upload.processing"))
                                .setHeld(upload.getTranslation("vaadin.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("vaadin.upload.remaining"))
                                .setUnknown(upload.getTranslation("vaadin.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("vaadin.upload.serverUnavailable"))
                                .setUnexpectedServerError(upload.getTranslation("vaadin.upload.serverError"))
                                .setForbidden(upload.getTranslation("vaadin.upload.forbidden"))))
                .setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        upload.setI18n(i18n);
    }

    /**
     * A date picker that speaks the reader's language: month and weekday names of the locale (Chinese ones on a
     * Chinese page), Monday first, and its buttons from the bundles. Formatting follows the picker's locale.
     */
    public static DatePicker datePicker() {
        DatePicker picker = new DatePicker();
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        picker.setLocale(locale);
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList();
        // Vaadin lists weekdays from Sunday
        List<DayOfWeek> fromSunday = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("vaadin.date.today"))
                .setCancel(picker.getTranslation("vaadin.date.cancel"));
        picker.setI18n(i18n);
        return picker;
    }

    /** The connection indicator's status messages ("Online", "Connection lost", …). */
    public static void connectionIndicator(UI ui) {
        ui.getPage()
                .executeJs(
                        """
                        const c = (window.Vaadin && window.Vaadin.connectionIndicator)
                            || document.querySelector('vaadin-connection-indicator');
                        if (c) { c.onlineText = $0; c.offlineText = $1; c.reconnectingText = $2; }""",
                        ui.getTranslation("vaadin.connection.online"),
                        ui.getTranslation("vaadin.connection.offline"),
                        ui.getTranslation("vaadin.connection.reconnecting"));
    }
}
