/* convene-window-private.h: what the window's files share
 *
 * ConveneWindow is one type in three files, as GNOME Text Editor splits its
 * window: convene-window.c (the type, its template, and arranging the pages
 * and the dataset they show), convene-window-actions.c (the win.* actions)
 * convene-window-dnd.c (a dataset dropped on the window) and
 * convene-window-loading.c (datasets on their way).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-document.h"
#include "convene-participants-view.h"
#include "convene-print-layout.h"
#include "convene-recent-menu.h"
#include "convene-window.h"

G_BEGIN_DECLS

/* What waits for the answer about unsaved changes (convene-window-editing.c) */
typedef enum
{
  PENDING_NONE,
  PENDING_NEW_DATASET,
  PENDING_OPEN_FILE,
} PendingAction;

struct _ConveneWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar *switcher_bar;
  guint header_idle;              /* the header follows the page's layout (convene-window.c) */
  AdwViewStack *view_stack;
  GtkWidget *back_button;
  GtkWidget *open_button;
  GtkWidget *search_button;
  GtkLabel *progress_label;
  GtkLabel *loading_label;
  GtkRevealer *error_revealer;
  GtkLabel *error_title;
  GtkLabel *error_label;
  ConveneMeetingsView *meetings_view;
  AdwBin *attendance_page;
  ConveneMatrixView *matrix_view;  /* in attendance_page; NULL until first needed */
  AdwBin *participants_page;
  ConveneParticipantsView *participants_view; /* in participants_page; NULL until first shown */

  GSettings *settings;         /* NULL when the schema is not installed */
  ConveneDataset *dataset;
  ConveneDataset *first_dataset;    /* loaded before the first frame: shown after it */
  gulong first_frame_handler;       /* the frame clock's after-paint, until the first frame */
  gboolean first_frame_drawn;
  guint first_dataset_source;       /* shows first_dataset after the first frame */
  gboolean loading_bundled;         /* load_cancellable is the bundled record's */
  GCancellable *load_cancellable;
  GtkFileChooserNative *chooser;
  gboolean loading;

  GMenu *file_section;              /* of the main menu: Open… and Open Recent */
  ConveneRecentMenu *recent_menu;   /* NULL until after the first frame */
  guint recent_menu_source;
  GBinding *search_binding;         /* the search button and the shown page's search */

  /* editing (convene-window-editing.c) */
  ConveneDocument *document;        /* of the dataset shown */
  PendingAction pending;            /* waiting for Save, Discard or Cancel */
  GFile *pending_file;              /* PENDING_OPEN_FILE's */
  gboolean closing_confirmed;       /* saved or discarded: the window closes */
  gboolean replacing_confirmed;     /* saved or discarded: another dataset is shown */
  GtkWidget *reload_dialog;         /* asking whether to reload the file changed on disk */
};

/* convene-window.c */
void                     _convene_window_show_toast            (ConveneWindow  *self,
                                                                const char     *text);
void                     _convene_window_show_notice           (ConveneWindow  *self,
                                                                const char     *text);
void                     _convene_window_set_loading           (ConveneWindow  *self,
                                                                gboolean        loading);
void                     _convene_window_remember_dataset      (ConveneWindow  *self,
                                                                ConveneDataset *dataset);

/* convene-window-loading.c */
void                     _convene_window_load_bundled          (ConveneWindow  *self);
void                     _convene_window_load_file             (ConveneWindow  *self,
                                                                GFile          *file,
                                                                gboolean        reopening,
                                                                const char     *selected);
void                     _convene_window_load_icon_theme       (ConveneWindow  *self);
void                     _convene_window_watch_first_frame     (ConveneWindow  *self);
void                     _convene_window_unwatch_first_frame   (ConveneWindow  *self);
ConveneParticipantsView *_convene_window_get_participants_view (ConveneWindow  *self);
void                     _convene_window_reload                (ConveneWindow  *self);

/* convene-window-actions.c */
void                     _convene_window_class_actions_init    (GtkWidgetClass     *widget_class);
void                     _convene_window_print_layout          (ConveneWindow      *self,
                                                                ConvenePrintLayout *layout);

/* convene-window-editing.c */
void                     _convene_window_editing_init          (ConveneWindow  *self);
void                     _convene_window_editing_dispose       (ConveneWindow  *self);
void                     _convene_window_editing_set_dataset   (ConveneWindow  *self,
                                                                ConveneDataset *dataset);
gboolean                 _convene_window_editing_close_request (ConveneWindow  *self);
gboolean                 _convene_window_editing_ask_before_open (ConveneWindow *self,
                                                                GFile          *file);
gboolean                 _convene_window_is_modified           (ConveneWindow  *self);
void                     _convene_window_editing_update_matrix (ConveneWindow  *self);
void                     _convene_window_update_title          (ConveneWindow  *self);

/* convene-window-dnd.c */
void                     _convene_window_dnd_init              (ConveneWindow  *self);

G_END_DECLS
