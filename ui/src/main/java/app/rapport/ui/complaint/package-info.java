/** Complaints on screen: the board, recording one, its eight steps and recovery checklist, and the departments. */
package app.rapport.ui.complaint;
