/* convene-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene"

#include <string.h>

#include <glib/gi18n.h>

#include "convene-application.h"
#include "convene-command-line.h"
#include "convene-dataset-loader.h"
#include "convene-search-provider.h"
#include "convene-window.h"

struct _ConveneApplication
{
  AdwApplication parent_instance;

  ConveneSearchProvider *search_provider;
};

G_DEFINE_FINAL_TYPE (ConveneApplication, convene_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the dataset FILE (or the bundled one), print a summary and exit"), NULL },
  { "matrix-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the attendance matrix of FILE (or the bundled record) as CSV to OUT and exit"), N_("OUT") },
  { "summary-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write meeting summaries as PDF to OUT and exit: every meeting, or those given with --meeting"), N_("OUT") },
  { "meeting", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --summary-pdf or --ics: the meeting to write (repeat for more)"), N_("ID") },
  { "matrix-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the attendance matrix as PDF to OUT and exit"), N_("OUT") },
  { "ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write meetings as an iCalendar file to OUT and exit: every meeting, or those given with --meeting"), N_("OUT") },
  { "participants-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write every participant's attendance figures as CSV to OUT and exit"), N_("OUT") },
  { "participant-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the report of the participant given with --participant as PDF to OUT and exit"), N_("OUT") },
  { "participant", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --participant-pdf: the participant to report on"), N_("ID") },
  { "statistics-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the record's statistics as PDF to OUT and exit"), N_("OUT") },
  { "save-as", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write FILE (or the bundled record) as Convene saves a dataset to OUT, which may be FILE, and exit"), N_("OUT") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE]") },
  { NULL }
};

static ConveneWindow *
get_window (ConveneApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (convene_window_new (self));
  return CONVENE_WINDOW (window);
}

static void
convene_application_activate (GApplication *app)
{
  ConveneWindow *window = get_window (CONVENE_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
}

static void
convene_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  ConveneWindow *window = get_window (CONVENE_APPLICATION (app));

  /* one dataset is shown at a time: the last one named wins */
  if (n_files > 0)
    convene_window_open_file (window, files[n_files - 1]);
  gtk_window_present (GTK_WINDOW (window));
}

/* The options that run a command without a window */
static const char * const commands[] = {
  "check", "matrix-csv", "summary-pdf", "matrix-pdf", "ics", "participants-csv",
  "participant-pdf", "statistics-pdf", "save-as",
};

/* The headless commands: one of them, on one FILE at most. */
static int
run_command (GVariantDict  *options,
             const char   **files)
{
  const char *path = files != NULL ? files[0] : NULL;
  g_autofree const char **meetings = NULL;
  const char *participant = NULL;
  const char *output = NULL;
  guint n_commands = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    n_commands += g_variant_dict_contains (options, commands[i]);
  g_variant_dict_lookup (options, "meeting", "^a&s", &meetings);
  g_variant_dict_lookup (options, "participant", "&s", &participant);

  if (n_commands > 1)
    {
      g_printerr (_("Give one of --check, --matrix-csv, --summary-pdf, --matrix-pdf, --ics, "
                    "--participants-csv, --participant-pdf, --statistics-pdf and --save-as at a time\n"));
      return 2;
    }
  if (files != NULL && g_strv_length ((char **) files) > 1)
    {
      g_printerr (_("Give one dataset FILE at most\n"));
      return 2;
    }
  if (meetings != NULL && !g_variant_dict_contains (options, "summary-pdf") &&
      !g_variant_dict_contains (options, "ics"))
    {
      g_printerr (_("--meeting goes with --summary-pdf or --ics\n"));
      return 2;
    }

  if ((participant != NULL) != g_variant_dict_contains (options, "participant-pdf"))
    {
      g_printerr (_("--participant-pdf needs one --participant, and --participant goes with it\n"));
      return 2;
    }

  /* an empty name would be taken for the current folder */
  if (path != NULL && *path == '\0')
    {
      g_printerr (_("“”: the dataset FILE given is an empty name\n"));
      return 2;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (commands[i], "check") != 0 &&
        g_variant_dict_lookup (options, commands[i], "^&ay", &output) && *output == '\0')
      {
        /* TRANSLATORS: %s is a command-line option such as matrix-csv */
        g_printerr (_("--%s “”: the file name given is empty\n"), commands[i]);
        return 2;
      }

  if (g_variant_dict_lookup (options, "save-as", "^&ay", &output))
    return convene_command_save_as (output, path);
  if (g_variant_dict_lookup (options, "participants-csv", "^&ay", &output))
    return convene_command_participants_csv (output, path);
  if (g_variant_dict_lookup (options, "participant-pdf", "^&ay", &output))
    return convene_command_participant_pdf (output, participant, path);
  if (g_variant_dict_lookup (options, "statistics-pdf", "^&ay", &output))
    return convene_command_statistics_pdf (output, path);
  if (g_variant_dict_lookup (options, "matrix-csv", "^&ay", &output))
    return convene_command_matrix_csv (output, path);
  if (g_variant_dict_lookup (options, "summary-pdf", "^&ay", &output))
    return convene_command_summary_pdf (output, meetings, path);
  if (g_variant_dict_lookup (options, "matrix-pdf", "^&ay", &output))
    return convene_command_matrix_pdf (output, path);
  if (g_variant_dict_lookup (options, "ics", "^&ay", &output))
    return convene_command_ics (output, meetings, path);
  return convene_command_check (path);
}

/* Commands that need no window run here, before the application registers
 * on the bus or touches a display. */
static int
convene_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  g_autofree const char **files = NULL;
  g_autoptr(GPtrArray) gfiles = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "Convene", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  /* --participant alone is an error that run_command() explains */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_variant_dict_contains (options, commands[i]))
      return run_command (options, files);
  if (g_variant_dict_contains (options, "participant"))
    return run_command (options, files);

  if (files != NULL && files[0] != NULL)
    {
      g_autoptr(GError) error = NULL;

      gfiles = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; files[i] != NULL; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_application_open (app, (GFile **) gfiles->pdata, (int) gfiles->len, "");
      /* a remote instance has opened them: nothing more to do here */
      return g_application_get_is_remote (app) ? 0 : -1;
    }

  return -1;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* The sources of the bundled record, as text for the About window: markup,
 * with the dataset's words escaped. */
static char *
describe_bundled_sources (void)
{
  g_autoptr(ConveneDataset) bundled = convene_dataset_new_bundled ();
  GPtrArray *sources = convene_dataset_get_sources (bundled);
  GString *text = g_string_new (NULL);
  g_autofree char *intro = g_markup_escape_text (
    _("The record that comes with Convene is built from public pages of the Bali Process and "
      "from research notes that give a source address for every fact. Each meeting names its "
      "own sources. The record as a whole draws on:"), -1);

  g_string_append (text, intro);
  g_string_append (text, "\n");
  for (guint i = 0; i < sources->len; i++)
    {
      ConveneSource *source = g_ptr_array_index (sources, i);
      g_autofree char *title = g_markup_escape_text (source->title, -1);

      if (source->url != NULL)
        {
          g_autofree char *url = g_markup_escape_text (source->url, -1);

          g_string_append_printf (text, "\n• <a href=\"%s\">%s</a>", url, title);
        }
      else
        g_string_append_printf (text, "\n• %s", title);
    }

  return g_string_free (text, FALSE);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Convene developers"), NULL };
  g_autofree char *sources = describe_bundled_sources ();
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Convene"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Convene developers"),
                        "developers", developers,
                        /* TRANSLATORS: your names, one a line */
                        "translator-credits", _("translator-credits"),
                        "website", "https://github.com/convene/convene",
                        "issue-url", "https://github.com/convene/convene/issues",
                        "copyright", _("© 2026 The Convene developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Browse the meetings of the Bali Process Ad Hoc Group: "
                                      "who attended, what was agreed, and where the record is silent."),
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("The bundled record"), NULL,
                                      GTK_LICENSE_CUSTOM, sources);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), "iso-codes",
                                      _("Country names in your language come from iso-codes"),
                                      GTK_LICENSE_LGPL_2_1, NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
convene_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_overlay_accels[] = { "<Control>question", NULL };

  /* before GtkApplication looks for the icons, and AdwApplication for
   * style.css, under the resource base path */
  convene_window_register_resources ();
  G_APPLICATION_CLASS (convene_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  /* the window builds its Keyboard Shortcuts window when it is first asked for
   * (convene-window-actions.c): the accelerator GtkApplication would give it */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_overlay_accels);
}

/* GNOME Shell's search provider lives on the application's bus name. */
static gboolean
convene_application_dbus_register (GApplication     *app,
                                   GDBusConnection  *connection,
                                   const char       *object_path,
                                   GError          **error)
{
  ConveneApplication *self = CONVENE_APPLICATION (app);

  if (!G_APPLICATION_CLASS (convene_application_parent_class)->dbus_register (app, connection,
                                                                              object_path, error))
    return FALSE;
  self->search_provider = convene_search_provider_new (app);
  return convene_search_provider_register (self->search_provider, connection,
                                           CONVENE_SEARCH_PROVIDER_PATH, error);
}

static void
convene_application_dbus_unregister (GApplication    *app,
                                     GDBusConnection *connection,
                                     const char      *object_path)
{
  ConveneApplication *self = CONVENE_APPLICATION (app);

  if (self->search_provider != NULL)
    convene_search_provider_unregister (self->search_provider);
  g_clear_object (&self->search_provider);
  G_APPLICATION_CLASS (convene_application_parent_class)->dbus_unregister (app, connection,
                                                                           object_path);
}

static void
convene_application_class_init (ConveneApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->dbus_register = convene_application_dbus_register;
  app_class->dbus_unregister = convene_application_dbus_unregister;
  app_class->activate = convene_application_activate;
  app_class->open = convene_application_open;
  app_class->startup = convene_application_startup;
  app_class->handle_local_options = convene_application_handle_local_options;
}

static void
convene_application_init (ConveneApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Browse the meetings of the Bali Process Ad Hoc Group."));
  /* started by D-Bus for the Shell's search, it stays a while for the next keystroke */
  g_application_set_inactivity_timeout (G_APPLICATION (self), 30000);
}

ConveneApplication *
convene_application_new (void)
{
  return g_object_new (CONVENE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
