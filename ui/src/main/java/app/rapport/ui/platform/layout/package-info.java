/** The frame around every view: header, role-dependent menu, start page, role check, notices. */
package app.rapport.ui.platform.layout;
