using System.Linq.Expressions;

namespace Omigjen.Web.Infrastructure;

/// <summary>
/// Distances around one point on a flat earth (equirectangular): plain arithmetic that both databases compute (SQLite
/// has no trigonometry, so the cosine of the point's latitude is taken here). At a municipality's scale it is within
/// metres of the great circle. Searches "near a place" filter a box first (a coordinate index serves it), then the
/// exact circle, and may order by the squared distance.
/// </summary>
public sealed class FlatEarth
{
    public const double KmPerDegree = 6371.0088 * Math.PI / 180;

    // The expressions read these fields of this object, so EF Core sends them as parameters: one cached query plan
    // serves every point and radius.
    private readonly double _latitude;
    private readonly double _longitude;
    private readonly double _latitudeScale;
    private readonly double _longitudeScale;

    public FlatEarth(GeoPoint origin)
    {
        Origin = origin;
        _latitude = origin.Latitude;
        _longitude = origin.Longitude;
        Cos = Math.Max(Math.Cos(origin.Latitude * Math.PI / 180), 0.01);
        _latitudeScale = KmPerDegree * KmPerDegree;
        _longitudeScale = _latitudeScale * Cos * Cos;
    }

    public GeoPoint Origin { get; }

    /// <summary>The cosine of the origin's latitude (at least 0.01, so a box near a pole stays finite).</summary>
    public double Cos { get; }

    /// <summary>The kilometres from the origin to a place.</summary>
    public double DistanceKm(double latitude, double longitude)
    {
        var dy = (latitude - _latitude) * KmPerDegree;
        var dx = (longitude - _longitude) * KmPerDegree * Cos;
        return Math.Sqrt(dx * dx + dy * dy);
    }

    /// <summary>The squared kilometres from the origin to the place that <paramref name="latitude"/> and <paramref name="longitude"/> pick, as an expression EF Core translates.</summary>
    public Expression<Func<T, double>> SquaredKm<T>(Expression<Func<T, double>> latitude, Expression<Func<T, double>> longitude)
    {
        ArgumentNullException.ThrowIfNull(latitude);
        ArgumentNullException.ThrowIfNull(longitude);
        var row = latitude.Parameters[0];
        var lat = latitude.Body;
        var lon = longitude.Body.ReplaceParameter(longitude.Parameters[0], row);
        var self = Expression.Constant(this);
        Expression Field(string name) => Expression.Field(self, name);
        var dy = Expression.Subtract(lat, Field(nameof(_latitude)));
        var dx = Expression.Subtract(lon, Field(nameof(_longitude)));
        var sum = Expression.Add(
            Expression.Multiply(Expression.Multiply(dy, dy), Field(nameof(_latitudeScale))),
            Expression.Multiply(Expression.Multiply(dx, dx), Field(nameof(_longitudeScale))));
        return Expression.Lambda<Func<T, double>>(sum, row);
    }

    /// <summary>The places within <paramref name="radiusKm"/>: the bounding box (for the index) and the circle.</summary>
    public Expression<Func<T, bool>> Within<T>(Expression<Func<T, double>> latitude, Expression<Func<T, double>> longitude, double radiusKm)
    {
        ArgumentNullException.ThrowIfNull(latitude);
        ArgumentNullException.ThrowIfNull(longitude);
        var bounds = new Bounds(_latitude, _longitude, radiusKm, Cos);
        var squared = SquaredKm(latitude, longitude);
        var row = squared.Parameters[0];
        var lat = latitude.Body.ReplaceParameter(latitude.Parameters[0], row);
        var lon = longitude.Body.ReplaceParameter(longitude.Parameters[0], row);
        var b = Expression.Constant(bounds);
        Expression Bound(string name) => Expression.Field(b, name);
        var test = Expression.AndAlso(
            Expression.AndAlso(
                Expression.AndAlso(Expression.GreaterThanOrEqual(lat, Bound(nameof(Bounds.MinLatitude))), Expression.LessThanOrEqual(lat, Bound(nameof(Bounds.MaxLatitude)))),
                Expression.AndAlso(Expression.GreaterThanOrEqual(lon, Bound(nameof(Bounds.MinLongitude))), Expression.LessThanOrEqual(lon, Bound(nameof(Bounds.MaxLongitude))))),
            Expression.LessThanOrEqual(squared.Body, Bound(nameof(Bounds.SquaredRadius))));
        return Expression.Lambda<Func<T, bool>>(test, row);
    }

    private sealed class Bounds(double latitude, double longitude, double radiusKm, double cos)
    {
        public readonly double MinLatitude = latitude - radiusKm / KmPerDegree;
        public readonly double MaxLatitude = latitude + radiusKm / KmPerDegree;
        public readonly double MinLongitude = longitude - radiusKm / (KmPerDegree * cos);
        public readonly double MaxLongitude = longitude + radiusKm / (KmPerDegree * cos);
        public readonly double SquaredRadius = radiusKm * radiusKm;
    }
}

internal static class ExpressionParameters
{
    public static Expression ReplaceParameter(this Expression body, ParameterExpression from, ParameterExpression to) =>
        new ParameterSwap(from, to).Visit(body);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
