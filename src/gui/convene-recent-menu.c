/* convene-recent-menu.c
 *
 * Open Recent: the datasets opened lately, as GtkRecentManager remembers
 * them (in the group "convene-dataset", so other applications' JSON files
 * stay out), newest first. An "Open Recent" submenu stands in the menu given
 * right after its win.open item while there is anything to list, and is
 * taken out otherwise; each of its items activates win.open-recent with the
 * file's URI.
 *
 * GtkRecentManager reads its whole file when it is made: the window makes
 * this menu once idle after its first frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-recent"

#include <glib/gi18n.h>

#include "convene-recent-menu.h"

struct _ConveneRecentMenu
{
  GObject parent_instance;

  GtkRecentManager *manager;
  GMenu *menu;
};

#define MARKER_ATTRIBUTE "convene-recent"

G_DEFINE_FINAL_TYPE (ConveneRecentMenu, convene_recent_menu, G_TYPE_OBJECT)

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

/* A file name as a menu label: an underscore in it is not a mnemonic. */
static char *
menu_label_for (GtkRecentInfo *info)
{
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autofree char *name = g_file_get_basename (file);
  g_auto(GStrv) parts = NULL;

  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
    {
      g_free (name);
      name = g_strdup (gtk_recent_info_get_display_name (info));
    }
  parts = g_strsplit (name, "_", -1);
  return g_strjoinv ("__", parts);
}

static gboolean
item_has (GMenuModel *menu,
          int         position,
          const char *attribute,
          const char *string)
{
  g_autoptr(GVariant) value = g_menu_model_get_item_attribute_value (menu, position, attribute, NULL);

  if (value == NULL)
    return FALSE;
  if (string == NULL)
    return g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN) && g_variant_get_boolean (value);
  return g_variant_is_of_type (value, G_VARIANT_TYPE_STRING) &&
         g_str_equal (g_variant_get_string (value, NULL), string);
}

/* The position of the win.open item, or the last one when there is none. */
static int
find_open_item (GMenuModel *menu)
{
  int n = g_menu_model_get_n_items (menu);

  for (int i = 0; i < n; i++)
    if (item_has (menu, i, G_MENU_ATTRIBUTE_ACTION, "win.open"))
      return i;
  return n - 1;
}

static void
remove_submenu (GMenu *menu)
{
  for (int i = g_menu_model_get_n_items (G_MENU_MODEL (menu)) - 1; i >= 0; i--)
    if (item_has (G_MENU_MODEL (menu), i, MARKER_ATTRIBUTE, NULL))
      g_menu_remove (menu, i);
}

static void
update (ConveneRecentMenu *self)
{
  GList *items = gtk_recent_manager_get_items (self->manager);
  g_autoptr(GPtrArray) datasets = g_ptr_array_new ();
  g_autoptr(GMenu) submenu = g_menu_new ();

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      /* a local file that is gone is left out; a remote one cannot be checked cheaply */
      if (gtk_recent_info_has_group (info, CONVENE_RECENT_GROUP) &&
          (!gtk_recent_info_is_local (info) || gtk_recent_info_exists (info)))
        g_ptr_array_add (datasets, info);
    }
  g_ptr_array_sort (datasets, compare_newest_first);

  for (guint i = 0; i < datasets->len && i < CONVENE_RECENT_MAX_ITEMS; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (datasets, i);
      g_autofree char *label = menu_label_for (info);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (submenu, item);
    }

  remove_submenu (self->menu);
  if (g_menu_model_get_n_items (G_MENU_MODEL (submenu)) > 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new_submenu (_("Open _Recent"), G_MENU_MODEL (submenu));

      g_menu_item_set_attribute (item, MARKER_ATTRIBUTE, "b", TRUE);
      g_menu_insert_item (self->menu, find_open_item (G_MENU_MODEL (self->menu)) + 1, item);
    }

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* Remembers a dataset opened from a file, for Open Recent here and for the
 * desktop's own recent files. */
void
convene_recent_menu_add_dataset (GtkRecentManager *manager,
                                 GFile            *file)
{
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;
  char *groups[] = { (char *) CONVENE_RECENT_GROUP, NULL };
  GtkRecentData data = { 0 };

  g_return_if_fail (GTK_IS_RECENT_MANAGER (manager));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  name = g_file_get_basename (file);
  data.display_name = NULL;
  data.mime_type = (char *) (name != NULL && g_str_has_suffix (name, ".convene.json")
                             ? "application/x-convene-dataset+json" : "application/json");
  data.app_name = (char *) "Convene";
  data.app_exec = (char *) "convene %u";
  data.groups = groups;
  gtk_recent_manager_add_full (manager, uri, &data);
}

static void
convene_recent_menu_dispose (GObject *object)
{
  ConveneRecentMenu *self = CONVENE_RECENT_MENU (object);

  if (self->manager != NULL)
    g_signal_handlers_disconnect_by_data (self->manager, self);
  g_clear_object (&self->manager);
  if (self->menu != NULL)
    remove_submenu (self->menu);
  g_clear_object (&self->menu);

  G_OBJECT_CLASS (convene_recent_menu_parent_class)->dispose (object);
}

static void
convene_recent_menu_class_init (ConveneRecentMenuClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = convene_recent_menu_dispose;
}

static void
convene_recent_menu_init (ConveneRecentMenu *self)
{
}

/* Fills menu (the section holding win.open) now, and again whenever the
 * recent files change. */
ConveneRecentMenu *
convene_recent_menu_new (GtkRecentManager *manager,
                         GMenu            *menu)
{
  ConveneRecentMenu *self;

  g_return_val_if_fail (GTK_IS_RECENT_MANAGER (manager), NULL);
  g_return_val_if_fail (G_IS_MENU (menu), NULL);

  self = g_object_new (CONVENE_TYPE_RECENT_MENU, NULL);
  self->manager = g_object_ref (manager);
  self->menu = g_object_ref (menu);
  g_signal_connect_swapped (manager, "changed", G_CALLBACK (update), self);
  update (self);
  return self;
}
