/** What every workspace view needs: to follow the open workspace on its UI thread. */
package no.redthread.workspace.ui;
