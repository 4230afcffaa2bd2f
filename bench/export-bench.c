/* export-bench.c: what every export costs on hostile text, at growing sizes
 *
 *     _build/bench/export-bench [--sizes 16384,65536,262144,524288] [--cases purpose,…]
 *                               [--exports summary-pdf,…] [--dir DIR]
 *
 * For each case and size it writes a dataset of one meeting (two participants) into DIR
 * (default: a new folder under /tmp), then runs `convene --check` and each export on it
 * as a child process, and prints the child's processor time (user + system, from wait4(),
 * so the machine's load changes it little) and its peak resident memory. Time that grows
 * in proportion to the size is linear: 4 × the size, about 4 × the time.
 *
 * Cases (SIZE is the size given):
 *   purpose    a purpose of one word of SIZE characters
 *   marks      a title of "a" and SIZE combining marks (U+0301)
 *   kind       a meeting kind (unknown to Convene) of SIZE characters
 *   name       a participant's name of one word of SIZE characters
 *   note       a note of one word of SIZE characters
 *   co-chairs  SIZE / 2.6 co-chairs ("Co-chair N"): 100,000 at 262,144
 *   notes      SIZE × 4 characters of prose in notes of 16,384 characters
 *
 * See docs/performance.md, "Exports of hostile text".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

static const char *all_cases[] = {
  "purpose", "marks", "kind", "name", "note", "co-chairs", "notes", NULL,
};

static const char *all_exports[] = {
  "check", "summary-pdf", "matrix-pdf", "participant-pdf", "statistics-pdf", "ics",
  "matrix-csv", "participants-csv", NULL,
};

static void
append_word (GString *s,
             guint    n)
{
  for (guint i = 0; i < n; i++)
    g_string_append_c (s, 'a' + i % 26);
}

static void
append_prose (GString *s,
              GRand   *rand,
              guint    n)
{
  static const char *words[] = {
    "the", "meeting", "agreed", "that", "members", "would", "continue", "to", "share",
    "information", "on", "people", "smuggling", "and", "trafficking", "in", "persons",
    "through", "regional", "cooperation",
  };
  gsize start = s->len;

  while (s->len - start < n)
    {
      g_string_append (s, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append_c (s, ' ');
    }
  g_string_truncate (s, start + n);
}

/* The dataset of a case, as JSON */
static char *
make_dataset (const char *name,
              guint       size)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  gboolean long_name = g_str_equal (name, "name");

  g_string_append (s, "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Hostile\",\n"
                      "  \"participants\": [ { \"id\": \"NZL\", \"name\": \"");
  if (long_name)
    append_word (s, size);
  else
    g_string_append (s, "New Zealand");
  g_string_append (s, "\", \"kind\": \"country\" },\n"
                      "    { \"id\": \"AUS\", \"name\": \"Australia\", \"kind\": \"country\" } ],\n"
                      "  \"meetings\": [ { \"id\": \"m1\", \"start\": \"2020-01-10\",\n"
                      "    \"attendance\": [ { \"participant\": \"NZL\", \"role\": \"participant\" },\n"
                      "      { \"participant\": \"AUS\", \"role\": \"co-chair\" } ],\n"
                      "    \"title\": \"");
  if (g_str_equal (name, "marks"))
    {
      g_string_append_c (s, 'a');
      for (guint i = 0; i < size; i++)
        g_string_append (s, "\xcc\x81");
    }
  else
    g_string_append (s, "A meeting");
  g_string_append (s, "\",\n    \"kind\": \"");
  if (g_str_equal (name, "kind"))
    append_word (s, size);
  else
    g_string_append (s, "workshop");
  g_string_append (s, "\"");

  if (g_str_equal (name, "purpose"))
    {
      g_string_append (s, ",\n    \"purpose\": \"");
      append_word (s, size);
      g_string_append (s, "\"");
    }
  else if (g_str_equal (name, "note"))
    {
      g_string_append (s, ",\n    \"notes\": [ { \"kind\": \"gap\", \"text\": \"");
      append_word (s, size);
      g_string_append (s, "\" } ]");
    }
  else if (g_str_equal (name, "notes"))
    {
      g_string_append (s, ",\n    \"notes\": [");
      for (guint i = 0; i < size / 4096; i++)
        {
          g_string_append (s, i > 0 ? ",\n      " : "\n      ");
          g_string_append (s, "{ \"kind\": \"remark\", \"text\": \"");
          append_prose (s, rand, 16384);
          g_string_append (s, "\" }");
        }
      g_string_append (s, " ]");
    }
  else if (g_str_equal (name, "co-chairs"))
    {
      guint n = (guint) (size / 2.62144);

      g_string_append (s, ",\n    \"co-chairs\": [");
      for (guint i = 0; i < n; i++)
        g_string_append_printf (s, "%s\"Co-chair %u\"", i > 0 ? ", " : " ", i);
      g_string_append (s, " ]");
    }
  g_string_append (s, " } ] }\n");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Runs convene on the file; returns FALSE when it failed. */
static gboolean
run_export (const char *convene,
            const char *export,
            const char *file,
            const char *out,
            double     *cpu_s,
            long       *rss_kb)
{
  g_autofree char *option = g_str_equal (export, "check")
                            ? g_strdup ("--check") : g_strdup_printf ("--%s=%s", export, out);
  const char *argv[] = { convene, option, file, NULL, NULL };
  struct rusage usage;
  int status;
  pid_t pid;

  if (g_str_equal (export, "participant-pdf"))
    {
      argv[2] = "--participant=NZL";
      argv[3] = file;
    }

  pid = fork ();
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      dup2 (null, STDOUT_FILENO);
      execv (convene, (char **) argv);
      _exit (127);
    }
  if (pid < 0 || wait4 (pid, &status, 0, &usage) != pid)
    return FALSE;
  *cpu_s = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6
           + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  *rss_kb = usage.ru_maxrss;
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *sizes_arg = NULL;
  g_autofree char *cases_arg = NULL;
  g_autofree char *exports_arg = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *convene = g_build_filename (BUILD_ROOT, "src", "convene", NULL);
  g_auto(GStrv) sizes = NULL;
  g_auto(GStrv) cases = NULL;
  g_auto(GStrv) exports = NULL;
  GOptionEntry entries[] = {
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_arg, "Sizes, comma-separated", "N,…" },
    { "cases", 0, 0, G_OPTION_ARG_STRING, &cases_arg, "Cases, comma-separated", "CASE,…" },
    { "exports", 0, 0, G_OPTION_ARG_STRING, &exports_arg, "Exports, comma-separated", "E,…" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Where the datasets are written", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- exports of hostile text");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  sizes = g_strsplit (sizes_arg != NULL ? sizes_arg : "16384,65536,262144,524288", ",", -1);
  cases = cases_arg != NULL ? g_strsplit (cases_arg, ",", -1) : g_strdupv ((char **) all_cases);
  exports = exports_arg != NULL ? g_strsplit (exports_arg, ",", -1)
                                : g_strdupv ((char **) all_exports);
  if (dir == NULL)
    dir = g_dir_make_tmp ("convene-export-bench-XXXXXX", &error);
  if (dir == NULL || g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_printerr ("%s\n", error != NULL ? error->message : g_strerror (errno));
      return 1;
    }

  g_print ("%-10s %8s %-17s %9s %9s\n", "case", "size", "export", "cpu s", "peak MB");
  for (guint c = 0; cases[c] != NULL; c++)
    for (guint z = 0; sizes[z] != NULL; z++)
      {
        guint size = (guint) g_ascii_strtoull (sizes[z], NULL, 10);
        g_autofree char *json = make_dataset (cases[c], size);
        g_autofree char *base = g_strdup_printf ("%s-%u.json", cases[c], size);
        g_autofree char *file = g_build_filename (dir, base, NULL);
        g_autofree char *out = g_build_filename (dir, "out", NULL);

        if (!g_file_set_contents (file, json, -1, &error))
          {
            g_printerr ("%s\n", error->message);
            return 1;
          }
        for (guint e = 0; exports[e] != NULL; e++)
          {
            double cpu = 0.0;
            long rss = 0;
            gboolean ok = run_export (convene, exports[e], file, out, &cpu, &rss);

            g_print ("%-10s %8u %-17s %9.2f %9.1f%s\n", cases[c], size, exports[e], cpu,
                     rss / 1024.0, ok ? "" : "  FAILED");
          }
        g_unlink (out);
      }
  return 0;
}
