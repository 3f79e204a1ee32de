/** Charts drawn on the server as SVG (JFreeChart + JFreeSVG) and shown inline: no frontend code needed. */
package app.rapport.ui.platform.chart;
