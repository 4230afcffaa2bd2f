/* test-country-names.c: country names in the user's language, from iso-codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "convene-country-names.h"
#include "convene-dataset-loader.h"

static void
test_english_keeps_dataset_names (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();

  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");
  g_assert_cmpstr (convene_participant_get_display_name (convene_dataset_lookup_participant (dataset, "VNM")),
                   ==, "Viet Nam");
}

static void
test_indonesian (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  ConveneParticipant *usa = convene_dataset_lookup_participant (dataset, "USA");
  ConveneParticipant *unhcr = convene_dataset_lookup_participant (dataset, "UNHCR");

  g_setenv ("LANGUAGE", "id", TRUE);
  setlocale (LC_ALL, "");
  if (g_strcmp0 (convene_country_name_translate ("USA"), "Amerika Serikat") != 0)
    {
      g_test_skip ("iso-codes' Indonesian translations are not installed");
      return;
    }
  g_assert_cmpstr (convene_participant_get_display_name (usa), ==, "Amerika Serikat");
  /* the dataset's name stays the record's */
  g_assert_cmpstr (convene_participant_get_name (usa), ==, "United States of America");
  /* organisations have no iso-codes name */
  g_assert_cmpstr (convene_participant_get_display_name (unhcr), ==,
                   convene_participant_get_name (unhcr));
}

static void
test_unknown_code (void)
{
  g_assert_null (convene_country_name_translate ("XYZ"));
  g_assert_null (convene_country_name_translate (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/country-names/english", test_english_keeps_dataset_names);
  g_test_add_func ("/country-names/indonesian", test_indonesian);
  g_test_add_func ("/country-names/unknown", test_unknown_code);

  return g_test_run ();
}
