/* convene-window-loading.c: the window's datasets on their way
 *
 * A dataset is read, checked and built on a worker thread
 * (convene_dataset_load_with_progress_async()); the header shows how far
 * it has got and Stop Loading stops it, keeping the dataset shown. A failed
 * load leaves the shown one in place and says why under the header bar.
 *
 * At start the window has none: the bundled record, or the dataset open
 * when Convene was last closed, loads while the window's first frame is
 * drawn, and is shown after that frame (the pages are hidden until then),
 * so that the first frame costs the window and its header alone
 * (docs/performance.md, "Start-up to first frame").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-window"

#include <glib/gi18n.h>

#include "convene-dataset-loader.h"
#include "convene-window-private.h"

/* Why a dataset could not be opened: a strip under the header bar that
 * stays until it is dismissed or a dataset is shown, where a toast would
 * go away by itself, or under the next one. */
static void
show_load_error (ConveneWindow *self,
                 const char    *title,
                 const char    *message)
{
  gtk_label_set_text (self->error_title, title);
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}


void
_convene_window_remember_dataset (ConveneWindow  *self,
                                  ConveneDataset *dataset)
{
  GFile *file = convene_dataset_get_file (dataset);
  g_autofree char *uri = NULL;

  if (self->settings == NULL)
    return;
  if (file != NULL && !convene_dataset_is_bundled (dataset))
    uri = g_file_get_uri (file);
  convene_settings_set_string_if_changed (self->settings, "last-dataset", uri != NULL ? uri : "");
}

static gboolean
show_first_dataset_cb (gpointer user_data)
{
  ConveneWindow *self = user_data;
  g_autoptr(ConveneDataset) dataset = g_steal_pointer (&self->first_dataset);

  self->first_dataset_source = 0;
  if (dataset != NULL)
    convene_window_set_dataset (self, dataset);
  return G_SOURCE_REMOVE;
}

/* The header's icons need the icon theme loaded: the index of each of
 * Adwaita's and hicolor's 750 folders read (66 M instructions). GTK starts
 * that load on a thread when it makes the theme, in gtk_init(), but then
 * GtkApplication and libadwaita add their resource paths to the theme,
 * which throws the load away, and the first icon drawn loads it again on
 * the main thread. Once the paths are set, a lookup on a thread loads it
 * there while the window is made (GtkIconTheme allows lookups on any
 * thread, and a lookup on the main thread waits for one under way). The
 * task holds the theme, not a widget. */
static void
load_icon_theme_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  gtk_icon_theme_has_icon (task_data, "open-menu-symbolic");
  g_task_return_boolean (task, TRUE);
}

void
_convene_window_load_icon_theme (ConveneWindow *self)
{
  static gboolean started;
  GtkIconTheme *theme;
  g_autoptr(GTask) task = NULL;

  if (started)
    return;
  started = TRUE;
  theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (task, g_object_ref (theme), g_object_unref);
  g_task_run_in_thread (task, load_icon_theme_thread);
}

/* A dataset loaded before the window's first frame is drawn waits for it:
 * the frame shows the window at once, the dataset the one after. */
static void
on_first_frame_cb (GdkFrameClock *clock,
                   ConveneWindow *self)
{
  g_clear_signal_handler (&self->first_frame_handler, clock);
  self->first_frame_drawn = TRUE;
  if (self->first_dataset != NULL)
    self->first_dataset_source = g_idle_add (show_first_dataset_cb, self);
}

static void
show_loaded_dataset (ConveneWindow  *self,
                     ConveneDataset *dataset)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && !self->first_frame_drawn)
    g_set_object (&self->first_dataset, dataset);
  else
    convene_window_set_dataset (self, dataset);
}

static void
on_bundled_loaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(ConveneWindow) self = user_data;
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = convene_dataset_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading_bundled = FALSE;
  /* the bundled data is checked by the test suite: this is a build error */
  if (dataset == NULL)
    g_error ("The bundled dataset does not load: %s", error->message);
  show_loaded_dataset (self, dataset);
}

/* The bundled record, when there is nothing else to show: on a worker
 * thread, as another dataset opened now replaces it (and cancels it) */
void
_convene_window_load_bundled (ConveneWindow *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  self->loading_bundled = TRUE;
  convene_dataset_load_bundled_async (self->load_cancellable, on_bundled_loaded_cb,
                                      g_object_ref (self));
}

typedef struct
{
  ConveneWindow *self;
  gboolean reopening;  /* the dataset remembered from last time */
  gboolean reloading;  /* the dataset shown, changed on disk */
  char *selected;      /* reloading: the meeting selected, selected again */
} LoadData;

static void
on_dataset_loaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  LoadData *data = user_data;
  g_autoptr(ConveneWindow) self = data->self;
  gboolean reopening = data->reopening;
  gboolean reloading = data->reloading;
  g_autofree char *selected = data->selected;
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  g_free (data);
  dataset = convene_dataset_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  _convene_window_set_loading (self, FALSE);
  if (dataset == NULL)
    {
      if (reopening)
        {
          show_load_error (self, _("The dataset opened last time could not be opened again, "
                                   "so the bundled record is shown"), error->message);
          if (self->settings != NULL)
            g_settings_set_string (self->settings, "last-dataset", "");
        }
      else if (reloading)
        show_load_error (self, _("The dataset was changed by another program and could not be "
                                 "read again"), error->message);
      else
        show_load_error (self, _("The dataset could not be opened"), error->message);
      if (self->dataset == NULL && self->first_dataset == NULL)
        _convene_window_load_bundled (self);
      return;
    }

  /* a reload's dataset is shown at once (the first frame is long drawn) */
  show_loaded_dataset (self, dataset);
  if (selected != NULL)
    convene_meetings_view_select_meeting (self->meetings_view, selected);
  _convene_window_remember_dataset (self, dataset);
  if (!convene_dataset_is_bundled (dataset) && convene_dataset_get_file (dataset) != NULL)
    convene_recent_menu_add_dataset (gtk_recent_manager_get_default (),
                                     convene_dataset_get_file (dataset));
}

/* Large datasets take seconds: the stop button shows how far it has got. */
static void
on_load_progress_cb (double   fraction,
                     gpointer user_data)
{
  ConveneWindow *self = user_data;
  /* TRANSLATORS: how much of a dataset is loaded, as a percentage */
  g_autofree char *text = g_strdup_printf (_("%.0f%%"), fraction * 100);

  gtk_label_set_label (self->progress_label, text);
}

/* "a-very-long-…-name.json": the start and the end of a file name */
static char *
shorten_middle (const char *text,
                glong       max_chars)
{
  glong n = g_utf8_strlen (text, -1);
  g_autofree char *start = NULL;

  if (n <= max_chars)
    return g_strdup (text);
  start = g_utf8_substring (text, 0, max_chars / 2);
  return g_strconcat (start, "…", g_utf8_offset_to_pointer (text, n - (max_chars - 1) / 2), NULL);
}

void
_convene_window_load_file (ConveneWindow *self,
                           GFile         *file,
                           gboolean       reopening,
                           const char    *selected)
{
  LoadData *data = g_new0 (LoadData, 1);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  self->loading_bundled = FALSE;
  _convene_window_set_loading (self, TRUE);

  data->self = g_object_ref (self);
  data->reopening = reopening;
  data->reloading = selected != NULL;
  data->selected = g_strdup (selected);
  {
    g_autofree char *whole = convene_dataset_file_display_name (file);
    g_autofree char *name = shorten_middle (whole, 16);
    /* TRANSLATORS: in the header while a dataset loads; %s is its file name */
    g_autofree char *text = g_strdup_printf (_("Loading “%s”…"), name);
    g_autofree char *whole_text = g_strdup_printf (_("Loading “%s”…"), whole);

    gtk_label_set_text (self->loading_label, text);
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->loading_label), whole_text);
    /* a narrow window has no room beside the percentage: the subtitle says it */
    adw_view_switcher_title_set_subtitle (self->switcher_title, text);
  }
  gtk_label_set_label (self->progress_label, "");
  convene_dataset_load_with_progress_async (file, self->load_cancellable, on_load_progress_cb,
                                            g_object_ref (self), g_object_unref,
                                            on_dataset_loaded_cb, data);
}

void
convene_window_open_file (ConveneWindow *self,
                          GFile         *file)
{
  g_return_if_fail (CONVENE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* unsaved changes: asked first (convene-window-editing.c) */
  if (_convene_window_editing_ask_before_open (self, file))
    return;
  _convene_window_load_file (self, file, FALSE, NULL);
}

/* Loads the dataset shown again from its file (changed by another
 * program), the meeting selected kept selected; the page shown and edit
 * mode stay as they are. Unsaved changes are lost: the caller asked. */
void
_convene_window_reload (ConveneWindow *self)
{
  ConveneMeeting *meeting = convene_meetings_view_get_selected_meeting (self->meetings_view);
  GFile *file = self->dataset != NULL ? convene_dataset_get_file (self->dataset) : NULL;

  if (file == NULL || convene_dataset_is_bundled (self->dataset))
    return;
  _convene_window_load_file (self, file, FALSE, meeting != NULL ? convene_meeting_get_id (meeting) : "");
}

/* From the window's map to its first frame: a dataset loaded meanwhile
 * waits for it (unrealize lets the frame clock go) */
void
_convene_window_watch_first_frame (ConveneWindow *self)
{
  if (!self->first_frame_drawn && self->first_frame_handler == 0)
    self->first_frame_handler = g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)),
                                                         "after-paint", G_CALLBACK (on_first_frame_cb),
                                                         self, 0);
}

void
_convene_window_unwatch_first_frame (ConveneWindow *self)
{
  if (self->first_frame_handler != 0)
    g_clear_signal_handler (&self->first_frame_handler, gtk_widget_get_frame_clock (GTK_WIDGET (self)));
}
