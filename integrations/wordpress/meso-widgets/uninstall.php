<?php
/**
 * Deleting the plugin removes its one option. Posts keep their blocks and shortcodes as text.
 *
 * @package MesoWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'meso_widgets_settings' );
