/* convene-matrix-view.c
 *
 * The Attendance page: which participants and which kind of meeting the
 * matrix shows, its row order, a legend, and the grid that draws it (see
 * convene-matrix-grid.c). The choices are string properties, so that the
 * menus' radio items are property actions ("matrix.participants",
 * "matrix.kind", "matrix.sort"); a new choice of rows or columns builds a
 * new ConveneMatrix, a new order only reorders the one there is.
 *
 * The matrix is built when it is needed, not when the dataset or a choice is
 * set: when the page is mapped (shown), or when convene_matrix_view_get_matrix()
 * asks for it (printing). A window given a dataset of 100,000 meetings while
 * the Meetings page is shown does not stop to build an attendance matrix
 * nobody looks at; and a new dataset drops the matrix of the old one at once,
 * so that the old dataset is freed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-matrix-view"

#include <glib/gi18n.h>

#include "convene-matrix-layout.h"
#include "convene-matrix-view.h"

struct _ConveneMatrixView
{
  GtkWidget parent_instance;

  GtkMenuButton *participants_button;
  GtkMenuButton *kind_button;
  GtkLabel *count_label;
  GtkLabel *legend_label;
  GtkStack *stack;
  ConveneMatrixGrid *grid;
  AdwStatusPage *empty_page;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;

  ConveneDataset *dataset;
  ConveneMatrix *matrix;    /* NULL, or out of date when stale */
  gboolean stale;           /* the dataset or a choice changed since the matrix was built */
  gboolean kinds_stale;     /* the kind menu is not yet made for the dataset */
  GMenu *kind_menu;
  char *participants;  /* "all", "states" or "organisations" */
  char *kind;          /* a meeting kind, or "" for every kind */
  char *sort;          /* "name" or "attendance" */
  gboolean hide_absent; /* rows that attended none of the meetings shown are left out */
};

G_DEFINE_FINAL_TYPE (ConveneMatrixView, convene_matrix_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_PARTICIPANTS,
  PROP_KIND,
  PROP_SORT,
  PROP_HIDE_ABSENT,
  PROP_SEARCH_MODE,
  N_PROPS
};

enum {
  MEETING_ACTIVATED,
  PARTICIPANT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static ConveneMatrixParticipants
participants_value (ConveneMatrixView *self)
{
  if (g_str_equal (self->participants, "states"))
    return CONVENE_MATRIX_PARTICIPANTS_STATES;
  if (g_str_equal (self->participants, "organisations"))
    return CONVENE_MATRIX_PARTICIPANTS_ORGANISATIONS;
  return CONVENE_MATRIX_PARTICIPANTS_ALL;
}

static ConveneMatrixSort
sort_value (ConveneMatrixView *self)
{
  return g_str_equal (self->sort, "attendance") ? CONVENE_MATRIX_SORT_ATTENDANCE
                                                : CONVENE_MATRIX_SORT_NAME;
}

static void
update_labels (ConveneMatrixView *self)
{
  guint n_rows = self->matrix != NULL ? convene_matrix_get_n_rows (self->matrix) : 0;
  guint n_columns = self->matrix != NULL ? convene_matrix_get_n_columns (self->matrix) : 0;
  g_autofree char *count = convene_matrix_dup_size_label (self->matrix);
  ConveneMeetingKind *kind;

  switch (participants_value (self))
    {
    case CONVENE_MATRIX_PARTICIPANTS_STATES:
      gtk_menu_button_set_label (self->participants_button, _("Countries"));
      break;
    case CONVENE_MATRIX_PARTICIPANTS_ORGANISATIONS:
      gtk_menu_button_set_label (self->participants_button, _("Organisations"));
      break;
    case CONVENE_MATRIX_PARTICIPANTS_ALL:
    default:
      gtk_menu_button_set_label (self->participants_button, _("Everyone"));
    }
  kind = self->dataset != NULL ? convene_dataset_lookup_kind (self->dataset, self->kind) : NULL;
  gtk_menu_button_set_label (self->kind_button,
                             kind != NULL ? convene_meeting_kind_get_short_label (kind) : _("All Kinds"));

  gtk_label_set_text (self->count_label, count);

  if (n_rows > 0 && n_columns > 0)
    gtk_stack_set_visible_child_name (self->stack, "grid");
  else
    {
      if (n_columns > 0 && convene_matrix_get_query (self->matrix) != NULL)
        adw_status_page_set_description (self->empty_page, _("No participant matches the search."));
      else if (n_columns > 0 && self->hide_absent)
        adw_status_page_set_description (self->empty_page, _("No participant of this kind attended these meetings."));
      else if (n_columns == 0)
        adw_status_page_set_description (self->empty_page, _("The dataset has no meetings of this kind."));
      else
        adw_status_page_set_description (self->empty_page, _("The dataset has no participants of this kind."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

static void
rebuild (ConveneMatrixView *self)
{
  g_clear_object (&self->matrix);
  if (self->dataset != NULL)
    {
      self->matrix = convene_matrix_new (self->dataset, participants_value (self),
                                         self->kind[0] != '\0' ? self->kind : NULL);
      convene_matrix_set_sort (self->matrix, sort_value (self));
      convene_matrix_set_hide_absent (self->matrix, self->hide_absent);
      convene_matrix_set_query (self->matrix, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
    }
  self->stale = FALSE;
  convene_matrix_grid_set_matrix (self->grid, self->matrix);
  update_labels (self);
}

/* The legend: each role's symbol in its colour, then its name (symbols,
 * names and their order are the model's, convene-enums.c). It is one
 * wrapping label, so that it packs to the left on a wide window and wraps on
 * a narrow one; the markup is made here from our own strings, never from the
 * dataset, and made again when the style (dark or light) changes. */
static void
update_legend (ConveneMatrixView *self)
{
  guint n_roles;
  const ConveneRole *order = convene_role_get_legend_order (&n_roles);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GString) plain = g_string_new (NULL);

  for (guint i = 0; i < n_roles; i++)
    {
      ConveneRole role = order[i];
      GdkRGBA color;
      g_autofree char *hex = NULL;
      g_autofree char *name = g_markup_escape_text (convene_role_get_name (role), -1);
      g_auto(GStrv) words = g_strsplit (name, " ", -1);
      g_autofree char *unbroken = g_strjoinv ("\u00a0", words);

      convene_matrix_grid_get_role_color (self->grid, role, &color);
      hex = g_strdup_printf ("#%02x%02x%02x%02x", (guint) (color.red * 255 + 0.5),
                             (guint) (color.green * 255 + 0.5), (guint) (color.blue * 255 + 0.5),
                             (guint) (color.alpha * 255 + 0.5));
      /* an item stays on one line (a word joiner, as "–" allows a break after
       * it, and no-break spaces; allow_breaks for scripts without spaces, as
       * Thai breaks between words); the gaps between items are where it wraps.
       * This is right here, and only here: the words joined are Convene's own
       * role names (a word or two in any translation, never dataset text, so
       * no item is too long for the narrowest window), the label is not
       * selectable (nothing to copy), and screen readers get the plain text
       * with ordinary spaces as its accessible label, below. */
      g_string_append_printf (markup,
                              "%s<span allow_breaks=\"false\"><span foreground=\"%s\">%s</span>"
                              "\u2060\u00a0%s</span>",
                              i > 0 ? "\u2003 " : "", hex, convene_role_get_symbol (role),
                              unbroken);
      g_string_append_printf (plain, "%s%s %s", i > 0 ? ", " : "",
                              convene_role_get_symbol (role), convene_role_get_name (role));
    }
  gtk_label_set_markup (self->legend_label, markup->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->legend_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, plain->str, -1);
}

static void
convene_matrix_view_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (convene_matrix_view_parent_class)->css_changed (widget, change);
  update_legend (CONVENE_MATRIX_VIEW (widget));
}

/* A menu label is parsed for mnemonics: an underscore is written twice. */
static char *
escape_underscores (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
fill_kind_menu (ConveneMatrixView *self)
{
  GListModel *kinds = convene_dataset_get_kinds (self->dataset);
  g_autoptr(GMenu) all = g_menu_new ();
  g_autoptr(GMenu) each = g_menu_new ();
  ConveneMeetingKind *current = convene_dataset_lookup_kind (self->dataset, self->kind);
  gboolean has_current = FALSE;

  g_menu_remove_all (self->kind_menu);
  g_menu_append (all, _("All Kinds"), "matrix.kind::");
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(ConveneMeetingKind) kind = g_list_model_get_item (kinds, i);
      g_autofree char *label = escape_underscores (convene_meeting_kind_get_label (kind));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "matrix.kind", "s", convene_meeting_kind_get_id (kind));
      g_menu_append_item (each, item);
      has_current |= kind == current;
    }
  g_menu_append_section (self->kind_menu, NULL, G_MENU_MODEL (all));
  g_menu_append_section (self->kind_menu, NULL, G_MENU_MODEL (each));

  /* a kind this dataset lacks would show nothing */
  if (self->kind[0] != '\0' && !has_current)
    {
      g_free (self->kind);
      self->kind = g_strdup ("");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

/* Brings the kind menu and the matrix up to date with the dataset and the
 * choices, if they are not. */
static void
ensure_matrix (ConveneMatrixView *self)
{
  if (self->kinds_stale)
    {
      self->kinds_stale = FALSE;
      fill_kind_menu (self);
    }
  if (self->stale)
    rebuild (self);
}

/* The dataset or a choice changed: a page on screen shows the new matrix at
 * once; a hidden one builds it when it is shown or asked for. The grid keeps
 * the matrix it has until then, so that its focus cell can be found again
 * in the new one. */
static void
invalidate (ConveneMatrixView *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_matrix (self);
}

/* A dataset or choice set while the page was hidden is built here, before
 * the page is first drawn. */
static void
convene_matrix_view_map (GtkWidget *widget)
{
  ensure_matrix (CONVENE_MATRIX_VIEW (widget));
  GTK_WIDGET_CLASS (convene_matrix_view_parent_class)->map (widget);
}

/* Public API */

void
convene_matrix_view_set_dataset (ConveneMatrixView *self,
                                 ConveneDataset    *dataset)
{
  g_return_if_fail (CONVENE_IS_MATRIX_VIEW (self));
  g_return_if_fail (CONVENE_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  /* the old dataset's matrix goes now: it holds the old dataset */
  g_clear_object (&self->matrix);
  convene_matrix_grid_set_matrix (self->grid, NULL);
  self->kinds_stale = TRUE;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

ConveneDataset *
convene_matrix_view_get_dataset (ConveneMatrixView *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX_VIEW (self), NULL);
  return self->dataset;
}

/* Returns: (transfer none) (nullable): the matrix shown, or that the page
 * shows once it is shown: built now if it is not yet (NULL without a dataset) */
ConveneMatrix *
convene_matrix_view_get_matrix (ConveneMatrixView *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX_VIEW (self), NULL);

  ensure_matrix (self);
  return self->matrix;
}

/* Returns: (transfer full) (nullable): the matrix as the page shows it
 * (its rows, columns and order), laid out on pages; NULL without a dataset */
ConvenePrintLayout *
convene_matrix_view_create_print_layout (ConveneMatrixView *self)
{
  ConveneMatrix *matrix;

  g_return_val_if_fail (CONVENE_IS_MATRIX_VIEW (self), NULL);

  matrix = convene_matrix_view_get_matrix (self);
  return matrix != NULL ? CONVENE_PRINT_LAYOUT (convene_matrix_layout_new (matrix)) : NULL;
}

ConveneMatrixGrid *
convene_matrix_view_get_grid (ConveneMatrixView *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX_VIEW (self), NULL);
  return self->grid;
}

GtkWidget *
convene_matrix_view_get_search_entry (ConveneMatrixView *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX_VIEW (self), NULL);
  return GTK_WIDGET (self->search_entry);
}

/* Typing in widget (the window) starts a search here; NULL stops that. */
void
convene_matrix_view_set_key_capture_widget (ConveneMatrixView *self,
                                            GtkWidget         *widget)
{
  g_return_if_fail (CONVENE_IS_MATRIX_VIEW (self));
  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

/* Search: the rows narrow to the participants whose names, short names,
 * aliases or codes hold the words typed */
static void
on_search_changed_cb (ConveneMatrixView *self)
{
  if (self->matrix == NULL)
    return;
  convene_matrix_set_query (self->matrix, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_labels (self);
}

static void
on_search_mode_notify_cb (ConveneMatrixView *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

/* The grid's signals, passed on */

static void
on_meeting_activated_cb (ConveneMatrixView *self,
                         ConveneMeeting    *meeting)
{
  g_signal_emit (self, signals[MEETING_ACTIVATED], 0, convene_meeting_get_id (meeting));
}

static void
on_participant_activated_cb (ConveneMatrixView  *self,
                             ConveneParticipant *participant)
{
  g_signal_emit (self, signals[PARTICIPANT_ACTIVATED], 0, participant);
}

/* GObject */

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
convene_matrix_view_dispose (GObject *object)
{
  ConveneMatrixView *self = CONVENE_MATRIX_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_MATRIX_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->matrix);
  g_clear_object (&self->dataset);
  g_clear_object (&self->kind_menu);

  G_OBJECT_CLASS (convene_matrix_view_parent_class)->dispose (object);
}

static void
convene_matrix_view_finalize (GObject *object)
{
  ConveneMatrixView *self = CONVENE_MATRIX_VIEW (object);

  g_free (self->participants);
  g_free (self->kind);
  g_free (self->sort);

  G_OBJECT_CLASS (convene_matrix_view_parent_class)->finalize (object);
}

static void
convene_matrix_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ConveneMatrixView *self = CONVENE_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_PARTICIPANTS:
      g_value_set_string (value, self->participants);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_SORT:
      g_value_set_string (value, self->sort);
      break;
    case PROP_HIDE_ABSENT:
      g_value_set_boolean (value, self->hide_absent);
      break;
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, gtk_search_bar_get_search_mode (self->search_bar));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_matrix_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ConveneMatrixView *self = CONVENE_MATRIX_VIEW (object);
  const char *text = G_VALUE_HOLDS_STRING (value) ? g_value_get_string (value) : NULL;

  switch (prop_id)
    {
    case PROP_DATASET:
      /* a binding's first value may be NULL: there is no dataset to show yet */
      if (g_value_get_object (value) != NULL)
        convene_matrix_view_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_HIDE_ABSENT:
      if (self->hide_absent != g_value_get_boolean (value))
        {
          self->hide_absent = g_value_get_boolean (value);
          if (self->matrix != NULL)
            {
              convene_matrix_set_hide_absent (self->matrix, self->hide_absent);
              update_labels (self);
            }
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SEARCH_MODE:
      gtk_search_bar_set_search_mode (self->search_bar, g_value_get_boolean (value));
      break;
    case PROP_PARTICIPANTS:
      if (!g_strv_contains ((const char * const[]) { "all", "states", "organisations", NULL }, text ? text : ""))
        {
          g_warning ("Unknown participants “%s”: all, states or organisations", text);
          return;
        }
      if (set_string (&self->participants, text))
        {
          invalidate (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_KIND:
      if (set_string (&self->kind, text))
        {
          invalidate (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SORT:
      if (!g_strv_contains ((const char * const[]) { "name", "attendance", NULL }, text ? text : ""))
        {
          g_warning ("Unknown sort order “%s”: name or attendance", text);
          return;
        }
      if (set_string (&self->sort, text))
        {
          if (self->matrix != NULL)
            convene_matrix_set_sort (self->matrix, sort_value (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_matrix_view_class_init (ConveneMatrixViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = convene_matrix_view_dispose;
  object_class->finalize = convene_matrix_view_finalize;
  object_class->get_property = convene_matrix_view_get_property;
  object_class->set_property = convene_matrix_view_set_property;
  widget_class->map = convene_matrix_view_map;
  widget_class->css_changed = convene_matrix_view_css_changed;

  /* The dataset shown (the window's, bound) */
  properties[PROP_DATASET] = g_param_spec_object ("dataset", NULL, NULL, CONVENE_TYPE_DATASET, rw);
  /* Which participants are rows: "all", "states" or "organisations". */
  properties[PROP_PARTICIPANTS] = g_param_spec_string ("participants", NULL, NULL, "all", rw);
  /* Which meetings are columns: a kind, or "" for all. */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "", rw);
  /* The order of the rows: "name" or "attendance". */
  properties[PROP_SORT] = g_param_spec_string ("sort", NULL, NULL, "name", rw);
  /* Whether rows that attended none of the meetings shown are left out */
  properties[PROP_HIDE_ABSENT] = g_param_spec_boolean ("hide-absent", NULL, NULL, FALSE, rw);
  /* Whether the search bar is open */
  properties[PROP_SEARCH_MODE] = g_param_spec_boolean ("search-mode", NULL, NULL, FALSE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A meeting's cell or header was activated: its id. */
  signals[MEETING_ACTIVATED] =
    g_signal_new ("meeting-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
  /* A participant's name was activated. */
  signals[PARTICIPANT_ACTIVATED] =
    g_signal_new ("participant-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, CONVENE_TYPE_PARTICIPANT);

  g_type_ensure (CONVENE_TYPE_MATRIX_GRID);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/convene-matrix-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneMatrixView, participants_button);
  gtk_widget_class_bind_template_child (widget_class, ConveneMatrixView, kind_button);
  gtk_widget_class_bind_template_child (widget_class, ConveneMatrixView, count_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMatrixView, legend_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMatrixView, stack);
  gtk_widget_class_bind_template_child (widget_class, ConveneMatrixView, grid);
  gtk_widget_class_bind_template_child (widget_class, ConveneMatrixView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ConveneMatrixView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ConveneMatrixView, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_participant_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_property_action (widget_class, "matrix.participants", "participants");
  gtk_widget_class_install_property_action (widget_class, "matrix.kind", "kind");
  gtk_widget_class_install_property_action (widget_class, "matrix.sort", "sort");
  gtk_widget_class_install_property_action (widget_class, "matrix.hide-absent", "hide-absent");
}

static void
convene_matrix_view_init (ConveneMatrixView *self)
{
  self->participants = g_strdup ("all");
  self->kind = g_strdup ("");
  self->sort = g_strdup ("name");

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_notify_cb), self, G_CONNECT_SWAPPED);

  self->kind_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->kind_button, G_MENU_MODEL (self->kind_menu));
  update_labels (self);
}
