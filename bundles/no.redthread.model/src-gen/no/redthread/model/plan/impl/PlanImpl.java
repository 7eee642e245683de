/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan.impl;

import java.time.LocalDate;

import java.util.Collection;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanStatus;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.impl.PlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanImpl#getElectionPeriod <em>Election Period</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanImpl#getAdoptionDate <em>Adoption Date</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanImpl#getFollows <em>Follows</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanImpl#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends IdentifiedImpl implements Plan {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PlanKind KIND_EDEFAULT = PlanKind.KUNNSKAPSGRUNNLAG;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PlanKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getElectionPeriod() <em>Election Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElectionPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String ELECTION_PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElectionPeriod() <em>Election Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElectionPeriod()
	 * @generated
	 * @ordered
	 */
	protected String electionPeriod = ELECTION_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PlanStatus STATUS_EDEFAULT = PlanStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PlanStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdoptionDate() <em>Adoption Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ADOPTION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdoptionDate() <em>Adoption Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate adoptionDate = ADOPTION_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFollows() <em>Follows</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollows()
	 * @generated
	 * @ordered
	 */
	protected Plan follows;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Measure> measures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PlanKind newKind) {
		PlanKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElectionPeriod() {
		return electionPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElectionPeriod(String newElectionPeriod) {
		String oldElectionPeriod = electionPeriod;
		electionPeriod = newElectionPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__ELECTION_PERIOD, oldElectionPeriod, electionPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PlanStatus newStatus) {
		PlanStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAdoptionDate() {
		return adoptionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdoptionDate(LocalDate newAdoptionDate) {
		LocalDate oldAdoptionDate = adoptionDate;
		adoptionDate = newAdoptionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__ADOPTION_DATE, oldAdoptionDate, adoptionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan getFollows() {
		if (follows != null && follows.eIsProxy()) {
			InternalEObject oldFollows = (InternalEObject)follows;
			follows = (Plan)eResolveProxy(oldFollows);
			if (follows != oldFollows) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.PLAN__FOLLOWS, oldFollows, follows));
			}
		}
		return follows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Plan basicGetFollows() {
		return follows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollows(Plan newFollows) {
		Plan oldFollows = follows;
		follows = newFollows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__FOLLOWS, oldFollows, follows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, PlanPackage.PLAN__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measure> getMeasures() {
		if (measures == null) {
			measures = new EObjectContainmentEList<Measure>(Measure.class, this, PlanPackage.PLAN__MEASURES);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlanPackage.PLAN__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__MEASURES:
				return ((InternalEList<?>)getMeasures()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.PLAN__NAME:
				return getName();
			case PlanPackage.PLAN__KIND:
				return getKind();
			case PlanPackage.PLAN__ELECTION_PERIOD:
				return getElectionPeriod();
			case PlanPackage.PLAN__STATUS:
				return getStatus();
			case PlanPackage.PLAN__ADOPTION_DATE:
				return getAdoptionDate();
			case PlanPackage.PLAN__FOLLOWS:
				if (resolve) return getFollows();
				return basicGetFollows();
			case PlanPackage.PLAN__GOALS:
				return getGoals();
			case PlanPackage.PLAN__MEASURES:
				return getMeasures();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlanPackage.PLAN__NAME:
				setName((String)newValue);
				return;
			case PlanPackage.PLAN__KIND:
				setKind((PlanKind)newValue);
				return;
			case PlanPackage.PLAN__ELECTION_PERIOD:
				setElectionPeriod((String)newValue);
				return;
			case PlanPackage.PLAN__STATUS:
				setStatus((PlanStatus)newValue);
				return;
			case PlanPackage.PLAN__ADOPTION_DATE:
				setAdoptionDate((LocalDate)newValue);
				return;
			case PlanPackage.PLAN__FOLLOWS:
				setFollows((Plan)newValue);
				return;
			case PlanPackage.PLAN__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case PlanPackage.PLAN__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Measure>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PlanPackage.PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PlanPackage.PLAN__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlanPackage.PLAN__ELECTION_PERIOD:
				setElectionPeriod(ELECTION_PERIOD_EDEFAULT);
				return;
			case PlanPackage.PLAN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlanPackage.PLAN__ADOPTION_DATE:
				setAdoptionDate(ADOPTION_DATE_EDEFAULT);
				return;
			case PlanPackage.PLAN__FOLLOWS:
				setFollows((Plan)null);
				return;
			case PlanPackage.PLAN__GOALS:
				getGoals().clear();
				return;
			case PlanPackage.PLAN__MEASURES:
				getMeasures().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PlanPackage.PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PlanPackage.PLAN__KIND:
				return kind != KIND_EDEFAULT;
			case PlanPackage.PLAN__ELECTION_PERIOD:
				return ELECTION_PERIOD_EDEFAULT == null ? electionPeriod != null : !ELECTION_PERIOD_EDEFAULT.equals(electionPeriod);
			case PlanPackage.PLAN__STATUS:
				return status != STATUS_EDEFAULT;
			case PlanPackage.PLAN__ADOPTION_DATE:
				return ADOPTION_DATE_EDEFAULT == null ? adoptionDate != null : !ADOPTION_DATE_EDEFAULT.equals(adoptionDate);
			case PlanPackage.PLAN__FOLLOWS:
				return follows != null;
			case PlanPackage.PLAN__GOALS:
				return goals != null && !goals.isEmpty();
			case PlanPackage.PLAN__MEASURES:
				return measures != null && !measures.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", electionPeriod: ");
		result.append(electionPeriod);
		result.append(", status: ");
		result.append(status);
		result.append(", adoptionDate: ");
		result.append(adoptionDate);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
