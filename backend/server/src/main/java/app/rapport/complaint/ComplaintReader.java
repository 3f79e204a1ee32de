package app.rapport.complaint;

import app.rapport.api.complaint.ComplaintView;
import app.rapport.platform.web.ProblemException;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

/** One complaint as its reader sees it. */
@Singleton
class ComplaintReader {
    private final ComplaintRepository complaints;
    private final ComplaintViews views;

    ComplaintReader(ComplaintRepository complaints, ComplaintViews views) {
        this.complaints = complaints;
        this.views = views;
    }

    @Connectable
    ComplaintView find(String id) {
        return views.of(complaints.findById(id).orElseThrow(() -> ProblemException.notFound("complaint " + id)));
    }
}
