package app.rapport.ui.survey;

import app.rapport.api.survey.InvitationLink;
import jakarta.inject.Singleton;

/**
 * How a new survey link reaches the client. Today the account manager delivers it (copy, QR code, a message to paste
 * into WeChat or mail); a mail or messaging sender would be another implementation of this one interface, and
 * nothing else in the UI would change.
 */
public interface SurveyDelivery {
    /** What the manager is offered for one link: opened as soon as the invitation is made. */
    interface Offer {
        void show();
    }

    /** The offer for {@code link}, addressed to {@code addressee} (the contact's name, or the client's). */
    Offer offer(InvitationLink link, String addressee);

    /** The manager delivers the link by hand: a dialog with the address, the QR code and a share text. */
    @Singleton
    final class ByHand implements SurveyDelivery {
        private final SurveyLinks links;

        ByHand(SurveyLinks links) {
            this.links = links;
        }

        @Override
        public Offer offer(InvitationLink link, String addressee) {
            return new LinkDialog(link, links.url(link.token()), addressee);
        }
    }
}
