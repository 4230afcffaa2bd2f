/* convene-search-provider.c: GNOME Shell's search, over D-Bus
 *
 * org.gnome.Shell.SearchProvider2 on the application's own bus name, at
 * RESOURCE_BASE "/SearchProvider" (data/APP_ID.search-provider.ini tells the
 * Shell; the D-Bus service file starts Convene when it is not running).
 * Results come from the dataset opened last (the "last-dataset" setting) or
 * the bundled record, through the same ConveneMeetingFilter and
 * ConveneMeetingList as the window's list, and so the same folding and word
 * index: what the Shell lists is what the window's search would list. The
 * dataset is loaded on a worker thread the first time it is asked for, and
 * again when the setting names another; calls that come meanwhile are
 * answered once it is there.
 *
 * A result's id is the meeting's id; its name the title; its description the
 * date and place ("23–24 July 2019 · Da Nang, Viet Nam"). ActivateResult
 * opens the window on that meeting; LaunchSearch opens it with the search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-search-provider"

#include "convene-dataset-loader.h"
#include "convene-meeting-list.h"
#include "convene-search-provider.h"
#include "convene-window.h"

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

struct _ConveneSearchProvider
{
  GObject parent_instance;

  GApplication *application;      /* not a reference: it owns us */
  GDBusConnection *connection;
  guint registration_id;
  GSettings *settings;            /* NULL when the schema is not installed */

  ConveneDataset *dataset;        /* NULL until loaded */
  char *dataset_uri;              /* what dataset is, or is being loaded from; "" for the bundled */
  GCancellable *load_cancellable;
  GQueue pending;                 /* of GDBusMethodInvocation, waiting for the dataset */
  ConveneMeetingFilter *filter;
  ConveneMeetingList *list;
};

G_DEFINE_FINAL_TYPE (ConveneSearchProvider, convene_search_provider, G_TYPE_OBJECT)

/* The search's query from the Shell's terms: they are words already. */
static char *
query_from_terms (GVariant *terms)
{
  g_autofree const char **strv = g_variant_get_strv (terms, NULL);

  return g_strjoinv (" ", (char **) strv);
}

static GVariant *
search (ConveneSearchProvider *self,
        GVariant              *terms)
{
  g_autofree char *query = query_from_terms (terms);
  GVariantBuilder results;
  guint n;

  convene_meeting_filter_set_query (self->filter, query);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));

  g_variant_builder_init (&results, G_VARIANT_TYPE ("as"));
  /* an empty query lists nothing: the Shell asks as the user starts typing */
  if (*g_strstrip (query) != '\0')
    for (guint i = 0; i < n && i < CONVENE_SEARCH_PROVIDER_MAX_RESULTS; i++)
      {
        g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->list), i);

        g_variant_builder_add (&results, "s", convene_meeting_get_id (meeting));
      }
  return g_variant_new ("(as)", &results);
}

static GVariant *
get_result_metas (ConveneSearchProvider *self,
                  GVariant              *identifiers)
{
  GVariantBuilder metas;
  GVariantIter iter;
  const char *id;

  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));
  g_variant_iter_init (&iter, identifiers);
  while (g_variant_iter_next (&iter, "&s", &id))
    {
      ConveneMeeting *meeting = convene_dataset_lookup_meeting (self->dataset, id);
      g_autofree char *description = NULL;

      /* a result of a dataset since replaced: left out */
      if (meeting == NULL)
        continue;
      description = convene_meeting_dup_date_place_label (meeting);
      g_variant_builder_open (&metas, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&metas, "{sv}", "id", g_variant_new_string (id));
      g_variant_builder_add (&metas, "{sv}", "name",
                             g_variant_new_string (convene_meeting_get_title (meeting)));
      g_variant_builder_add (&metas, "{sv}", "description", g_variant_new_string (description));
      g_variant_builder_close (&metas);
    }
  return g_variant_new ("(aa{sv})", &metas);
}

/* The window, as the application opens it (made and presented when there is
 * none); the Shell's timestamp lets it take the focus. */
static ConveneWindow *
present_window (ConveneSearchProvider *self,
                guint32                timestamp)
{
  GtkApplication *app = GTK_APPLICATION (self->application);
  GtkWindow *window;

  g_application_activate (self->application);
  window = gtk_application_get_active_window (app);
  if (window == NULL)
    return NULL;
  gtk_window_present_with_time (window, timestamp);
  return CONVENE_WINDOW (window);
}

typedef struct
{
  char *id;       /* a meeting to show, or */
  char *query;    /* a search to show */
} Show;

static void
show_free (Show *show)
{
  g_free (show->id);
  g_free (show->query);
  g_free (show);
}

static void
show_now (ConveneWindow *window,
          Show          *show)
{
  if (show->id != NULL)
    convene_window_show_meeting (window, show->id);
  else
    convene_window_show_search (window, show->query);
}

/* Whether the window shows the dataset it was loading (the one opened
 * last, which the result came from), or the bundled record it starts with */
static gboolean
window_is_ready (ConveneWindow *window)
{
  gboolean loading;

  g_object_get (window, "loading", &loading, NULL);
  return !loading && convene_window_get_dataset (window) != NULL;
}

/* Once the window is ready, shows what was asked for. */
static void
on_window_loading_notify_cb (ConveneWindow *window,
                             GParamSpec    *pspec,
                             Show          *show)
{
  if (!window_is_ready (window))
    return;
  g_signal_handlers_disconnect_by_data (window, show);
  show_now (window, show);
  show_free (show);
}

static void
show_in_window (ConveneSearchProvider *self,
                guint32                timestamp,
                Show                  *show)
{
  ConveneWindow *window = present_window (self, timestamp);

  if (window == NULL)
    {
      show_free (show);
      return;
    }
  if (window_is_ready (window))
    {
      show_now (window, show);
      show_free (show);
      return;
    }
  g_signal_connect (window, "notify::loading", G_CALLBACK (on_window_loading_notify_cb), show);
  g_signal_connect (window, "notify::dataset", G_CALLBACK (on_window_loading_notify_cb), show);
}

static void
activate_result (ConveneSearchProvider *self,
                 GVariant              *parameters)
{
  Show *show = g_new0 (Show, 1);
  guint32 timestamp;

  g_variant_get (parameters, "(s@asu)", &show->id, NULL, &timestamp);
  show_in_window (self, timestamp, show);
}

static void
launch_search (ConveneSearchProvider *self,
               GVariant              *parameters)
{
  g_autoptr(GVariant) terms = NULL;
  Show *show = g_new0 (Show, 1);
  guint32 timestamp;

  g_variant_get (parameters, "(@asu)", &terms, &timestamp);
  show->query = query_from_terms (terms);
  show_in_window (self, timestamp, show);
}

static void
answer (ConveneSearchProvider *self,
        GDBusMethodInvocation *invocation)
{
  const char *method = g_dbus_method_invocation_get_method_name (invocation);
  GVariant *parameters = g_dbus_method_invocation_get_parameters (invocation);

  if (g_str_equal (method, "GetInitialResultSet"))
    {
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 0);

      g_dbus_method_invocation_return_value (invocation, search (self, terms));
    }
  else if (g_str_equal (method, "GetSubsearchResultSet"))
    {
      /* the terms only grow: searching again lists a subset of the previous results */
      g_autoptr(GVariant) terms = g_variant_get_child_value (parameters, 1);

      g_dbus_method_invocation_return_value (invocation, search (self, terms));
    }
  else if (g_str_equal (method, "GetResultMetas"))
    {
      g_autoptr(GVariant) ids = g_variant_get_child_value (parameters, 0);

      g_dbus_method_invocation_return_value (invocation, get_result_metas (self, ids));
    }
  else if (g_str_equal (method, "ActivateResult"))
    {
      activate_result (self, parameters);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method, "LaunchSearch"))
    {
      launch_search (self, parameters);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "No method %s", method);

  /* each call keeps a service started for the Shell alive a while longer */
  g_application_release (self->application);
}

static void
answer_pending (ConveneSearchProvider *self)
{
  GDBusMethodInvocation *invocation;

  while ((invocation = g_queue_pop_head (&self->pending)) != NULL)
    answer (self, invocation);
}

static void
set_dataset (ConveneSearchProvider *self,
             ConveneDataset        *dataset)
{
  g_set_object (&self->dataset, dataset);
  convene_meeting_list_set_dataset (self->list, dataset);
  /* the same word index as the window's, built on a thread */
  convene_dataset_build_search_index (dataset);
  answer_pending (self);
}

static void
on_dataset_loaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(ConveneSearchProvider) self = user_data;
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = convene_dataset_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->load_cancellable);
  if (dataset == NULL)
    {
      /* as the window does: the bundled record when the last one is gone */
      g_message ("%s", error->message);
      dataset = convene_dataset_new_bundled ();
    }
  set_dataset (self, dataset);
}

/* The dataset to search: the one opened last, or the bundled record. */
static void
update_dataset (ConveneSearchProvider *self)
{
  g_autofree char *uri = self->settings != NULL
                         ? g_settings_get_string (self->settings, "last-dataset")
                         : g_strdup ("");

  if (self->dataset_uri != NULL && g_str_equal (uri, self->dataset_uri))
    return;

  g_free (self->dataset_uri);
  self->dataset_uri = g_steal_pointer (&uri);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->dataset);

  if (self->dataset_uri[0] == '\0')
    {
      g_autoptr(ConveneDataset) bundled = convene_dataset_new_bundled ();

      set_dataset (self, bundled);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_uri (self->dataset_uri);

      self->load_cancellable = g_cancellable_new ();
      convene_dataset_load_async (file, self->load_cancellable, on_dataset_loaded_cb,
                                  g_object_ref (self));
    }
}

static void
on_method_call_cb (GDBusConnection       *connection,
                   const char            *sender,
                   const char            *object_path,
                   const char            *interface_name,
                   const char            *method_name,
                   GVariant              *parameters,
                   GDBusMethodInvocation *invocation,
                   gpointer               user_data)
{
  ConveneSearchProvider *self = user_data;

  g_application_hold (self->application);
  update_dataset (self);
  if (self->dataset == NULL)
    g_queue_push_tail (&self->pending, g_object_ref (invocation));
  else
    answer (self, invocation);
}

static const GDBusInterfaceVTable vtable = { on_method_call_cb, NULL, NULL };

gboolean
convene_search_provider_register (ConveneSearchProvider  *self,
                                  GDBusConnection        *connection,
                                  const char             *object_path,
                                  GError                **error)
{
  g_autoptr(GDBusNodeInfo) info = NULL;

  g_return_val_if_fail (CONVENE_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  info = g_dbus_node_info_new_for_xml (introspection_xml, error);
  if (info == NULL)
    return FALSE;
  self->registration_id = g_dbus_connection_register_object (connection, object_path,
                                                             info->interfaces[0], &vtable,
                                                             self, NULL, error);
  if (self->registration_id == 0)
    return FALSE;
  self->connection = g_object_ref (connection);
  return TRUE;
}

void
convene_search_provider_unregister (ConveneSearchProvider *self)
{
  g_return_if_fail (CONVENE_IS_SEARCH_PROVIDER (self));

  if (self->registration_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_object (&self->connection);
}

static void
convene_search_provider_dispose (GObject *object)
{
  ConveneSearchProvider *self = CONVENE_SEARCH_PROVIDER (object);
  GDBusMethodInvocation *invocation;

  convene_search_provider_unregister (self);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  while ((invocation = g_queue_pop_head (&self->pending)) != NULL)
    {
      g_dbus_method_invocation_return_error_literal (invocation, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                                     "Convene is quitting");
      g_application_release (self->application);
    }
  g_clear_object (&self->list);
  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->dataset_uri, g_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (convene_search_provider_parent_class)->dispose (object);
}

static void
convene_search_provider_class_init (ConveneSearchProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = convene_search_provider_dispose;
}

static void
convene_search_provider_init (ConveneSearchProvider *self)
{
  g_queue_init (&self->pending);
  self->filter = convene_meeting_filter_new ();
  self->list = convene_meeting_list_new (self->filter);
  /* the newest meetings first: the Shell shows the first few */
  convene_meeting_list_set_newest_first (self->list, TRUE);
  self->settings = convene_settings_new_if_installed ();
}

ConveneSearchProvider *
convene_search_provider_new (GApplication *application)
{
  ConveneSearchProvider *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);

  self = g_object_new (CONVENE_TYPE_SEARCH_PROVIDER, NULL);
  self->application = application;
  return self;
}
