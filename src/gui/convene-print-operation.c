/* convene-print-operation.c
 *
 * The print dialog's side of printing: the pages themselves come from a
 * ConvenePrintLayout (src/print), the same one the PDF export draws, so what
 * the dialog prints and what `convene --summary-pdf` writes are the same.
 * Print settings and page setup are kept between runs in the user's
 * configuration folder.
 *
 * It only wires the layout's calls, in points (gtk_print_operation_set_unit
 * (GTK_UNIT_POINTS)): begin-print starts a ConvenePrintPagination, and
 * "paginate" (which GTK calls from an idle until it says it is done) lets it
 * run for PAGINATE_STEP_US at a time, so the window goes on drawing and
 * answering while a large document is laid out; draw-page draws one page on
 * the print context's cairo context. While it paginates for more than
 * PROGRESS_DELAY_US, a modal dialog over the window (convene_print_operation_set_parent())
 * says how many pages are laid out (a bar pulses: how long a layout takes is not known
 * beforehand) and can cancel: modal, so that nothing is
 * edited while the layout reads the dataset between steps. The geometry is the whole sheet with the page
 * setup's margins (use-full-page TRUE), or the context's size with no
 * margins (use-full-page FALSE: the origin is then inside the margins). The
 * dialog's Preview opens ConvenePrintPreview (the preview vfunc returns
 * TRUE), so no external previewer is needed, in the Flatpak neither. A GTK
 * 4.8 quirk: gtk_page_setup_get_page_width/height() take the margins in the
 * paper's portrait frame while the margin getters return them as stored; the
 * two ways differ only for unequal margins on a landscape page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-print"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "convene-print-operation.h"
#include "convene-print-pagination.h"
#include "convene-print-preview.h"

#define MM_TO_POINTS(mm) ((mm) * 72.0 / 25.4)

/* How long one step of pagination may hold the main loop, and how long
 * pagination goes on before its progress is shown */
#define PAGINATE_STEP_US   (8 * 1000)
#define PROGRESS_DELAY_US  (300 * 1000)
#define PULSE_US           (100 * 1000)

struct _ConvenePrintOperation
{
  GtkPrintOperation parent_instance;

  ConvenePrintLayout *layout;
  ConvenePrintPagination *pagination;
  GtkWindow *parent;                   /* weak */
  GtkWidget *progress;                 /* the dialog, while paginating */
  gint64 started;                      /* when pagination began */
  gint64 progress_delay;               /* how long before the progress shows, µs */
  gint64 pulsed;                       /* when the progress was last updated */
  GtkPrintOperationPreview *preview;   /* the preview asked for, shown once paginated */
};

G_DEFINE_FINAL_TYPE (ConvenePrintOperation, convene_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_LAYOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
state_path (const char *name)
{
  return g_build_filename (g_get_user_config_dir (), "convene", name, NULL);
}

/* What was used last time, or A4 (Letter where that is the custom) with
 * Convene's margins; landscape for layouts that want it. */
static void
load_state (ConvenePrintOperation *self)
{
  g_autofree char *settings_path = state_path ("print-settings.ini");
  g_autofree char *setup_path = state_path ("page-setup.ini");
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new_from_file (settings_path, NULL);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new_from_file (setup_path, NULL);

  if (setup == NULL)
    {
      setup = gtk_page_setup_new ();
      gtk_page_setup_set_top_margin (setup, CONVENE_PAGE_DEFAULT_MARGIN_TOP_MM, GTK_UNIT_MM);
      gtk_page_setup_set_bottom_margin (setup, CONVENE_PAGE_DEFAULT_MARGIN_BOTTOM_MM, GTK_UNIT_MM);
      gtk_page_setup_set_left_margin (setup, CONVENE_PAGE_DEFAULT_MARGIN_SIDE_MM, GTK_UNIT_MM);
      gtk_page_setup_set_right_margin (setup, CONVENE_PAGE_DEFAULT_MARGIN_SIDE_MM, GTK_UNIT_MM);
    }

  gtk_page_setup_set_orientation (setup,
                                  convene_print_layout_get_orientation (self->layout) == CONVENE_PAGE_LANDSCAPE
                                  ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);

  if (settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
}

/* Keeps the settings and page setup of a print that went ahead. */
void
convene_print_operation_save (ConvenePrintOperation *self)
{
  g_autofree char *settings_path = state_path ("print-settings.ini");
  g_autofree char *setup_path = state_path ("page-setup.ini");
  g_autofree char *dir = g_path_get_dirname (settings_path);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self));
  GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (self));
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CONVENE_IS_PRINT_OPERATION (self));

  if (g_mkdir_with_parents (dir, 0700) != 0)
    return;
  if (settings != NULL && !gtk_print_settings_to_file (settings, settings_path, &error))
    g_warning ("Could not keep the print settings: %s", error->message);
  g_clear_error (&error);
  if (setup != NULL && !gtk_page_setup_to_file (setup, setup_path, &error))
    g_warning ("Could not keep the page setup: %s", error->message);
}

/* The page as the user set it up, in points from the sheet's corner. */
static void
geometry_from_setup (GtkPageSetup        *setup,
                     ConvenePageGeometry *geometry)
{
  convene_page_geometry_init_custom (geometry,
                                     gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                     gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS),
                                     gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS),
                                     gtk_page_setup_get_right_margin (setup, GTK_UNIT_POINTS),
                                     gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_POINTS),
                                     gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS));
}

/* The sheet the context describes, for the layout. */
static void
geometry_for_context (GtkPrintContext     *context,
                      ConvenePageGeometry *geometry)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);

  geometry_from_setup (setup, geometry);
  if (!convene_page_geometry_is_usable (geometry))
    {
      /* margins that leave no room: fall back to Convene's own on that paper */
      convene_page_geometry_init_custom (geometry, geometry->width, geometry->height,
                                         MM_TO_POINTS (CONVENE_PAGE_DEFAULT_MARGIN_TOP_MM),
                                         MM_TO_POINTS (CONVENE_PAGE_DEFAULT_MARGIN_SIDE_MM),
                                         MM_TO_POINTS (CONVENE_PAGE_DEFAULT_MARGIN_BOTTOM_MM),
                                         MM_TO_POINTS (CONVENE_PAGE_DEFAULT_MARGIN_SIDE_MM));
    }
}

static void
close_progress (ConvenePrintOperation *self)
{
  if (self->progress != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->progress)));
}

/* Cancel in the progress dialog: the pagination stops at once (its last
 * step runs here, before anything else can change the dataset), and the
 * next "paginate" ends the operation. */
static void
on_progress_response_cb (AdwMessageDialog      *dialog,
                         const char            *response,
                         ConvenePrintOperation *self)
{
  self->progress = NULL;
  if (self->pagination != NULL && !convene_print_pagination_is_done (self->pagination))
    {
      convene_print_pagination_cancel (self->pagination);
      convene_print_pagination_step (self->pagination, G_MAXINT64);
    }
}

static void
update_progress (ConvenePrintOperation *self)
{
  guint n_pages = convene_print_layout_get_n_pages (self->layout);
  gint64 now = g_get_monotonic_time ();
  g_autofree char *body = NULL;

  if (self->parent == NULL || now - self->started < self->progress_delay)
    return;
  if (self->progress != NULL && now - self->pulsed < PULSE_US)
    return;
  self->pulsed = now;

  /* a layout measures its text before it makes any page */
  if (n_pages == 0)
    /* TRANSLATORS: in the dialog shown while a large document is laid
     * out for printing, before any page is made */
    body = g_strdup (_("Laying out the pages…"));
  else
    /* TRANSLATORS: in the dialog shown while a large document is laid out
     * for printing; %u is how many pages are done so far */
    body = g_strdup_printf (ngettext ("%u page laid out so far", "%u pages laid out so far",
                                      n_pages), n_pages);
  if (self->progress == NULL)
    {
      GtkWidget *bar = gtk_progress_bar_new ();

      /* TRANSLATORS: the heading of the dialog shown while a large
       * document is laid out for printing */
      self->progress = adw_message_dialog_new (self->parent, _("Preparing to Print"), body);
      gtk_progress_bar_set_pulse_step (GTK_PROGRESS_BAR (bar), 0.1);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self->progress), bar);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self->progress), "cancel",
                                       _("_Cancel"));
      g_signal_connect_object (self->progress, "response",
                               G_CALLBACK (on_progress_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (self->progress));
    }
  else
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self->progress), body);
      gtk_progress_bar_pulse (GTK_PROGRESS_BAR (
        adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (self->progress))));
    }
}

static void on_preview_destroy_cb (GtkPrintOperationPreview *preview);

/* The preview asked for, once the layout is paginated */
static void
show_preview (ConvenePrintOperation *self)
{
  ConvenePrintPreview *window = convene_print_preview_new (self->layout);

  if (self->parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (window), self->parent);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (on_preview_destroy_cb),
                            g_steal_pointer (&self->preview));
  gtk_window_present (GTK_WINDOW (window));
}

/* Called by GTK until it returns TRUE: one step of pagination each time. */
static gboolean
convene_print_operation_paginate (GtkPrintOperation *operation,
                                  GtkPrintContext   *context)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (operation);

  if (self->pagination == NULL)
    return TRUE;
  if (!convene_print_pagination_step (self->pagination, PAGINATE_STEP_US))
    {
      update_progress (self);
      return FALSE;
    }

  close_progress (self);
  gtk_print_operation_set_n_pages (operation,
                                   (int) MAX (convene_print_pagination_get_n_pages (self->pagination), 1));
  if (convene_print_pagination_is_cancelled (self->pagination))
    {
      g_clear_object (&self->preview);
      gtk_print_operation_cancel (operation);
    }
  else if (self->preview != NULL)
    show_preview (self);
  g_clear_object (&self->pagination);
  return TRUE;
}

static void
convene_print_operation_begin_print (GtkPrintOperation *operation,
                                     GtkPrintContext   *context)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (operation);
  ConvenePageGeometry geometry;

  geometry_for_context (context, &geometry);
  g_clear_object (&self->pagination);
  self->pagination = convene_print_pagination_new (self->layout, &geometry);
  self->started = g_get_monotonic_time ();
}

static void
on_preview_destroy_cb (GtkPrintOperationPreview *preview)
{
  gtk_print_operation_preview_end_preview (preview);
  g_object_unref (preview);
}

/* The dialog's Preview shows Convene's own preview window (no other
 * program is needed, and a Flatpak may have none), once GTK has had the
 * layout paginated (begin-print and "paginate" follow); the operation ends
 * when that window is closed. */
static gboolean
convene_print_operation_preview (GtkPrintOperation        *operation,
                                 GtkPrintOperationPreview *preview,
                                 GtkPrintContext          *context,
                                 GtkWindow                *parent)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (operation);
  cairo_surface_t *surface;
  cairo_t *cr;

  /* GTK goes on to paginate for a preview of the application's own and
   * wants a cairo context for that (it draws nothing on it) */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  if (parent != NULL)
    convene_print_operation_set_parent (self, parent);
  g_set_object (&self->preview, preview);
  return TRUE;
}

static void
convene_print_operation_draw_page (GtkPrintOperation *operation,
                                   GtkPrintContext   *context,
                                   int                page_nr)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (operation);

  convene_print_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context),
                                  (guint) page_nr);
}

static void
convene_print_operation_constructed (GObject *object)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (object);

  G_OBJECT_CLASS (convene_print_operation_parent_class)->constructed (object);

  /* the layout draws the whole sheet, margins included, in points */
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self),
                                    convene_print_layout_get_title (self->layout));
  load_state (self);
}

static void
convene_print_operation_dispose (GObject *object)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (object);

  close_progress (self);
  g_clear_object (&self->pagination);
  g_clear_object (&self->preview);
  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (convene_print_operation_parent_class)->dispose (object);
}

static void
convene_print_operation_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_LAYOUT:
      g_value_set_object (value, self->layout);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_print_operation_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_LAYOUT:
      self->layout = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_print_operation_class_init (ConvenePrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = convene_print_operation_constructed;
  object_class->dispose = convene_print_operation_dispose;
  object_class->get_property = convene_print_operation_get_property;
  object_class->set_property = convene_print_operation_set_property;
  operation_class->begin_print = convene_print_operation_begin_print;
  operation_class->paginate = convene_print_operation_paginate;
  operation_class->draw_page = convene_print_operation_draw_page;
  operation_class->preview = convene_print_operation_preview;

  properties[PROP_LAYOUT] =
    g_param_spec_object ("layout", NULL, NULL, CONVENE_TYPE_PRINT_LAYOUT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_print_operation_init (ConvenePrintOperation *self)
{
  self->progress_delay = PROGRESS_DELAY_US;
}

ConvenePrintOperation *
convene_print_operation_new (ConvenePrintLayout *layout)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (layout), NULL);

  return g_object_new (CONVENE_TYPE_PRINT_OPERATION,
                       "layout", layout,
                       "allow-async", TRUE,
                       NULL);
}

ConvenePrintLayout *
convene_print_operation_get_layout (ConvenePrintOperation *self)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_OPERATION (self), NULL);
  return self->layout;
}

/* The window the progress of a long pagination is shown over (modal) */
void
convene_print_operation_set_parent (ConvenePrintOperation *self,
                                    GtkWindow             *parent)
{
  g_return_if_fail (CONVENE_IS_PRINT_OPERATION (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  g_set_weak_pointer (&self->parent, parent);
}

/* For tests: how long pagination goes on before its progress is shown */
void
convene_print_operation_set_progress_delay (ConvenePrintOperation *self,
                                            gint64                 delay_us)
{
  g_return_if_fail (CONVENE_IS_PRINT_OPERATION (self));

  self->progress_delay = delay_us;
}

/* The dialog showing how far pagination has got, while it shows */
GtkWindow *
convene_print_operation_get_progress (ConvenePrintOperation *self)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_OPERATION (self), NULL);

  return self->progress != NULL ? GTK_WINDOW (self->progress) : NULL;
}
