namespace Omigjen.Web.Infrastructure;

public readonly record struct GeoPoint(double Latitude, double Longitude);
